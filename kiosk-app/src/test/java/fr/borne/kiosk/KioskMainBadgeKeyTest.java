package fr.borne.kiosk;

import fr.borne.config.ProgramConfig;
import fr.borne.kiosk.config.KioskOptions;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.BadgeKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Out of demo mode, the kiosk reads its badge key before it opens anything, and stops naming a key file it cannot use. */
class KioskMainBadgeKeyTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToTheDemoKey() {
        System.clearProperty(BadgeKeys.PROPERTY);
        BadgeCode.loadAtStart(true);
    }

    @Test
    void a_badge_key_file_named_but_unreadable_stops_the_kiosk_at_start_naming_it() throws IOException {
        Path devices = Files.writeString(dir.resolve("devices.properties"),
                "scanner=keyboard\nprinter=tcp\nprinter.host=127.0.0.1\nindicator=none\n");
        Path replica = dir.resolve("var/borne.db");
        Path key = Files.writeString(dir.resolve("badge.key"), "k1:c2hvcnQ=\n");
        System.setProperty(BadgeKeys.PROPERTY, key.toString());
        StringWriter err = new StringWriter();

        int code = ProgramConfig.execute(new CommandLine(new KioskMain()).setErr(new PrintWriter(err, true)),
                KioskOptions.NAME, "--db", replica.toString(), "--establishment", "rouen", "--devices", devices.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("borne-kiosk: cannot use the badge key file " + key + " (BORNE_BADGE_KEY_FILE)")
                .contains("shorter than 16 bytes").doesNotContain("c2hvcnQ=").doesNotContain("\tat ");
        assertThat(replica.getParent()).as("nothing opened").doesNotExist();
    }
}
