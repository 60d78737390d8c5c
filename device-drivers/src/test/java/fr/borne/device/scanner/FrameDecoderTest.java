package fr.borne.device.scanner;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameDecoderTest {

    private final List<FrameResult> out = new ArrayList<>();

    private void feed(FrameDecoder d, String s, long millis) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        d.feed(b, 0, b.length, Duration.ofMillis(millis).toNanos(), out::add);
    }

    @Test
    void tabSuffixEndsAFrame() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults().withSuffix(Suffix.TAB));
        feed(d, "BADGE-1\tBADGE-2\t", 0);
        assertThat(out).containsExactly(new FrameResult.Accepted("BADGE-1"), new FrameResult.Accepted("BADGE-2"));
    }

    @Test
    void idleGapFramesDataSentAsIs() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults().withSuffix(Suffix.NONE).withIdleGap(Duration.ofMillis(30)));
        feed(d, "BADGE", 0);
        feed(d, "-77", 10);
        d.idle(Duration.ofMillis(20).toNanos(), out::add);
        assertThat(out).isEmpty();
        d.idle(Duration.ofMillis(45).toNanos(), out::add);
        assertThat(out).containsExactly(new FrameResult.Accepted("BADGE-77"));
    }

    @Test
    void allowedCharactersAndLengthsAreEnforced() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults()
                .withFormat(CodeFormat.defaults().withAllowedCharacters("0-9").withLength(4, 6)));
        feed(d, "1234\r\n12\r\n1234567\r\nAB12\r\n", 0);
        assertThat(out).containsExactly(new FrameResult.Accepted("1234"),
                new FrameResult.Rejected(RejectReason.TOO_SHORT, 2),
                new FrameResult.Rejected(RejectReason.TOO_LONG, 7),
                new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, 4));
    }

    @Test
    void aBrokenLinkMakesThePendingFrameIncomplete() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults().withSuffix(Suffix.NONE));
        feed(d, "BADGE-8", 0);
        d.abort(out::add);
        assertThat(out).containsExactly(new FrameResult.Rejected(RejectReason.INCOMPLETE, 7));
        assertThat(d.pending()).isFalse();
    }
}
