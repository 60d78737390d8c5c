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
    void aFrameCutByABrokenLinkIsDroppedWithoutAVerdict() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults().withSuffix(Suffix.NONE));
        feed(d, "BADGE-8", 0);
        assertThat(d.abort()).isEqualTo(7);
        assertThat(out).isEmpty();
        assertThat(d.pending()).isFalse();
        feed(d, "BADGE-9", 1);
        d.endOfStream(out::add);
        assertThat(out).containsExactly(new FrameResult.Accepted("BADGE-9"));
    }

    @Test
    void stxPrefixAndEtxSuffixFrameACodeAsFactoryScannersSendIt() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults().withSuffix(Suffix.parse("hex:03"))
                .withFormat(CodeFormat.defaults().withPrefix("\u0002")));
        feed(d, "\u0002BADGE-0042\u0003\u0002BADGE-0043\u0003", 0);
        feed(d, "BADGE-0044\u0003\u0002BAD\u0001GE\u0003\u0002\u0003", 1);
        assertThat(out).containsExactly(new FrameResult.Accepted("BADGE-0042"), new FrameResult.Accepted("BADGE-0043"),
                new FrameResult.Rejected(RejectReason.MISSING_PREFIX, 10),
                new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, 6),
                new FrameResult.Rejected(RejectReason.TOO_SHORT, 0));
    }

    @Test
    void aMultiByteSuffixEndsAFrameOnlyWhenWhole() {
        FrameDecoder d = new FrameDecoder(ScanFraming.defaults().withSuffix(Suffix.parse("hex:03 0D 0A")));
        feed(d, "BADGE-1\r\nBADGE-2\u0003\r", 0);
        assertThat(out).isEmpty();
        feed(d, "\n", 1);
        assertThat(out).containsExactly(new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, 16));
        feed(d, "BADGE-3\u0003\r\n", 2);
        assertThat(out).endsWith(new FrameResult.Accepted("BADGE-3"));
    }

    @Test
    void theNotationReadsNamesHexAndText() {
        assertThat(Suffix.parse("crlf")).isEqualTo(Suffix.CRLF);
        assertThat(Suffix.parse("hex:03")).isEqualTo(Suffix.of(new byte[]{3})).hasToString("hex:03");
        assertThat(ByteSequence.parse("hex:02 1d")).containsExactly(0x02, 0x1D);
        assertThat(ByteSequence.parse("]C0")).containsExactly(']', 'C', '0');
        assertThat(ByteSequence.format(new byte[]{0x0D, 0x0A})).isEqualTo("hex:0D0A");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSequence.parse("hex:0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hex:");
    }
}
