package fr.borne.kiosk.demo;

import fr.borne.store.Database;
import fr.borne.technician.AccessResult;
import fr.borne.technician.TechnicianAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class DemoKioskTest {

    @TempDir
    Path dir;

    @Test
    void the_kiosk_finds_the_demo_when_this_module_is_on_its_class_path() {
        assertThat(KioskDemo.installed()).containsInstanceOf(DemoKiosk.class);
        assertThat(new DemoKiosk().badges()).extracting(b -> b.code()).contains("DEMO-0001", TechnicianDemo.BADGE);
    }

    @Test
    void the_demo_technician_signs_in_and_enrolling_twice_is_harmless() {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(dir.resolve("demo.db"))) {
            new DemoKiosk().enrolTechnician(database, clock);
            new DemoKiosk().enrolTechnician(database, clock);
            assertThat(new TechnicianAccess(database, clock).verify(TechnicianDemo.BADGE, TechnicianDemo.PIN))
                    .isEqualTo(new AccessResult.Granted(TechnicianDemo.TECHNICIAN_ID));
        }
    }
}
