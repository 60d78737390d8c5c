package fr.borne.device.scanner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The wedge decoder on recorded key timings (milliseconds between key events) of a scanner and of people. */
class KeyboardWedgeDecoderTest {

    /** A USB HID scanner typing "BADGE-0042" then Enter, as recorded: 7–16 ms apart. */
    private static final long[] SCANNER_GAPS = {0, 9, 8, 12, 7, 16, 9, 11, 8, 10, 13};
    /** A person typing "BADGE-0042" then Enter: 90–400 ms apart. */
    private static final long[] PERSON_GAPS = {0, 180, 240, 150, 310, 400, 220, 130, 260, 190, 350};
    /** A fast typist: still above 40 ms between keys. */
    private static final long[] FAST_TYPIST_GAPS = {0, 62, 48, 75, 55, 41, 90, 58, 66, 52, 70};

    private final KeyboardWedgeDecoder decoder = new KeyboardWedgeDecoder(WedgeTiming.defaults(), CodeFormat.defaults());

    private List<FrameResult> type(String text, long[] gapsMillis, long startMillis) {
        List<FrameResult> results = new ArrayList<>();
        long t = startMillis * 1_000_000;
        String keys = text + "\n";
        for (int i = 0; i < keys.length(); i++) {
            t += gapsMillis[i] * 1_000_000;
            Optional<FrameResult> r = decoder.keyTyped(keys.charAt(i), t);
            r.ifPresent(results::add);
        }
        return results;
    }

    @Test
    void aScannerBurstIsABadge() {
        assertThat(type("BADGE-0042", SCANNER_GAPS, 1000)).containsExactly(new FrameResult.Accepted("BADGE-0042"));
    }

    @Test
    void aPersonTypingIsNotABadge() {
        assertThat(type("BADGE-0042", PERSON_GAPS, 1000)).isEmpty();
        assertThat(type("BADGE-0042", FAST_TYPIST_GAPS, 9000)).isEmpty();
    }

    @Test
    void aScanRightAfterAPersonTypedIsStillFound() {
        assertThat(type("abc", new long[]{0, 200, 300, 250}, 0)).isEmpty();
        decoder.keyTyped('x', 5_000_000_000L);
        assertThat(type("BADGE-0043", SCANNER_GAPS, 6000)).containsExactly(new FrameResult.Accepted("BADGE-0043"));
    }

    @Test
    void aFastBurstThatIsNotABadgeIsRejected() {
        assertThat(type("BA D!", new long[]{0, 9, 8, 12, 7, 16}, 0))
                .containsExactly(new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, 5));
    }

    @Test
    void aPauseInsideTheBurstBreaksIt() {
        long[] gaps = SCANNER_GAPS.clone();
        gaps[5] = 200;
        List<FrameResult> results = type("BADGE-0042", gaps, 0);
        assertThat(results).noneMatch(r -> r instanceof FrameResult.Accepted a && a.code().equals("BADGE-0042"));
    }
}
