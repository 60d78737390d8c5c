package fr.borne.kiosk.demo;

import fr.borne.demo.DemoBadge;
import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.tour.MatrixTour;
import fr.borne.kiosk.tour.ScreenshotTour;
import fr.borne.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Demo mode: the demo data, its badges with the demo technician's, and the screenshot tour. */
public final class DemoKiosk implements KioskDemo {

    @Override
    public List<DemoBadge> badges() {
        List<DemoBadge> all = new ArrayList<>(DemoBadges.ALL);
        all.add(new DemoBadge(TechnicianDemo.BADGE, TechnicianDemo.TECHNICIAN_ID,
                "Technicien : le code " + TechnicianDemo.PIN + " ouvre le mode technicien"));
        return List.copyOf(all);
    }

    @Override
    public void loadData(Database database, Clock clock) {
        DemoData.load(database, clock);
    }

    @Override
    public void enrolTechnician(Database database, Clock clock) {
        TechnicianDemo.enrol(database, clock);
    }

    @Override
    public void tour(KioskUi ui, ScannerLink scanner, Path folder, Runnable done) {
        // scripts/screenshots.sh --matrix: the sizes × languages × looks of the hardest screens
        if (Boolean.getBoolean("borne.tour.matrix")) {
            new MatrixTour(ui, folder, done).start();
        } else {
            new ScreenshotTour(ui, scanner, folder, done).start();
        }
    }
}
