package fr.borne.technician;

import fr.borne.visitor.BadgeCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LogScrubberTest {

    private final LogScrubber scrubber = new LogScrubber(Set.of("sophie", "marchand", "kévin"),
            Set.of(BadgeCode.hash("abc12345"), BadgeCode.hash("zq7")));

    @Test
    void masksKnownNamesWhateverTheirCase() {
        assertThat(scrubber.scrub("visitor SOPHIE Marchand-Kévin asked"))
                .isEqualTo("visitor [name] [name]-[name] asked");
    }

    @Test
    void masksKnownCodesInAnyCaseAndCodeShapedTokens() {
        assertThat(scrubber.scrub("scan ABC12345 then abc12345, DEMO-0001, R240101 and 0612345678"))
                .isEqualTo("scan [badge] then [badge], [badge], [badge] and [badge]");
    }

    @Test
    void masksCodesGluedToWordsByDashes() {
        assertThat(scrubber.scrub("key scan-DEMO-0001 and user-abc12345-ok and pool-1-thread-2"))
                .isEqualTo("key scan-[badge] and user-[badge]-ok and pool-1-thread-2");
    }

    @Test
    void masksHashesButKeepsBookingIdsAndOrdinaryWords() {
        String hash = BadgeCode.hash("DEMO-0001");
        String text = "booking 3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c saved for badge " + hash.substring(0, 8)
                + " full " + hash + " at 2026-12-01 10:15:00 on ttyACM0";
        assertThat(scrubber.scrub(text)).isEqualTo("booking 3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c saved for badge "
                + hash.substring(0, 8) + " full [hash] at 2026-12-01 10:15:00 on ttyACM0");
    }
}
