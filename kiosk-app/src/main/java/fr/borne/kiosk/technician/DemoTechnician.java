package fr.borne.kiosk.technician;

import fr.borne.demo.DemoBadge;
import fr.borne.technician.TechnicianDemo;

import java.util.ArrayList;
import java.util.List;

/** The demo technician's badge, offered by the demo panel after the visitors' badges. */
public final class DemoTechnician {

    private DemoTechnician() {
    }

    public static List<DemoBadge> withTechnician(List<DemoBadge> visitors) {
        List<DemoBadge> all = new ArrayList<>(visitors);
        all.add(new DemoBadge(TechnicianDemo.BADGE, TechnicianDemo.TECHNICIAN_ID,
                "Technicien : le code " + TechnicianDemo.PIN + " ouvre le mode technicien"));
        return List.copyOf(all);
    }
}
