package fr.borne.kiosk.demo;

import fr.borne.demo.DemoBadge;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What demo mode adds to the kiosk, provided by the {@code kiosk-demo} module when it is on
 * the class path (scripts/kiosk.sh, scripts/screenshots.sh). The Debian package does not
 * carry that module: a packaged kiosk has no demo badges, no demo technician, no tour, and
 * refuses {@code demo=true}.
 */
public interface KioskDemo {

    /** The badges the demo panel offers: demo visitors and the demo technician. */
    List<DemoBadge> badges();

    /** Fills a new standalone replica (no sync agent) with the demo establishments. */
    void loadData(Database database, Clock clock);

    /** Enrols the demo technician into this demo kiosk's replica. */
    void enrolTechnician(Database database, Clock clock);

    /** Walks the journey, saves each screen as a PNG into {@code folder}, then runs {@code done}. */
    void tour(KioskUi ui, ScannerLink scanner, Path folder, Runnable done);

    /** The demo module, when it is on the class path. */
    static Optional<KioskDemo> installed() {
        return ServiceLoader.load(KioskDemo.class).findFirst();
    }
}
