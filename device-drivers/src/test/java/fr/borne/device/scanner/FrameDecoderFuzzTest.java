package fr.borne.device.scanner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random bytes, overlong frames and binary noise thrown at the scanner framing, split into random chunks, with the
 * exact verdicts expected. Each seed is printed so a failure can be replayed ({@code -Dfuzz.seed=}).
 */
class FrameDecoderFuzzTest {

    private static final CodeFormat FORMAT = CodeFormat.defaults().withLength(6, 20);

    static LongStream seeds() {
        long base = Long.getLong("fuzz.seed", 20270412L);
        return LongStream.range(base, base + 40);
    }

    /** A framing as scanners are set up: CR LF after the code, or STX before and ETX after. */
    enum Framing {
        CRLF(new byte[0], new byte[]{'\r', '\n'}, Suffix.CRLF),
        STX_ETX(new byte[]{0x02}, new byte[]{0x03}, Suffix.of(new byte[]{0x03}));

        final byte[] prefix;
        final byte[] terminator;
        final Suffix suffix;

        Framing(byte[] prefix, byte[] terminator, Suffix suffix) {
            this.prefix = prefix;
            this.terminator = terminator;
            this.suffix = suffix;
        }

        ScanFraming scanFraming() {
            return ScanFraming.defaults().withSuffix(suffix)
                    .withFormat(FORMAT.withPrefix(new String(prefix, StandardCharsets.ISO_8859_1)));
        }

        boolean endsFrames(byte b) {
            return this == CRLF ? b == '\r' || b == '\n' : b == 0x03;
        }
    }

    static Stream<Arguments> seedsAndFramings() {
        return seeds().boxed().flatMap(seed -> Stream.of(Arguments.of(seed, Framing.CRLF), Arguments.of(seed, Framing.STX_ETX)));
    }

    /**
     * Valid scans, noise glued before or after a code (no terminator between), noise split by terminators, a partial
     * code glued to the next scan, and an unterminated tail, each with the verdict it must get; the decoder's output
     * must be exactly that sequence.
     */
    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seedsAndFramings")
    void noiseGluedToCodesGivesExactlyTheExpectedVerdicts(long seed, Framing framing) {
        System.out.println("FrameDecoderFuzzTest exact seed " + seed + " " + framing);
        Random random = new Random(seed);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<FrameResult> expected = new ArrayList<>();
        int maxFrame = framing.prefix.length + FORMAT.maxLength();
        for (int i = 0; i < 150; i++) {
            String badge = badge(random);
            byte[] code = badge.getBytes(StandardCharsets.US_ASCII);
            switch (random.nextInt(5)) {
                case 0 -> {
                    write(stream, framing.prefix, code, framing.terminator);
                    expected.add(new FrameResult.Accepted(badge));
                }
                case 1 -> {
                    byte[] noise = noise(random, framing, 1 + random.nextInt(12));
                    write(stream, noise, framing.prefix, code, framing.terminator);
                    int length = noise.length + framing.prefix.length + code.length;
                    expected.add(length > maxFrame ? tooLong(length) : framing.prefix.length > 0
                            ? new FrameResult.Rejected(RejectReason.MISSING_PREFIX, length)
                            : new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, length));
                }
                case 2 -> {
                    byte[] noise = noise(random, framing, 1 + random.nextInt(12));
                    write(stream, framing.prefix, code, noise, framing.terminator);
                    int length = framing.prefix.length + code.length + noise.length;
                    expected.add(length > maxFrame ? tooLong(length)
                            : new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, length - framing.prefix.length));
                }
                case 3 -> {
                    for (int k = random.nextInt(4); k >= 0; k--) {
                        byte[] noise = noise(random, framing, random.nextInt(2 * maxFrame));
                        write(stream, noise, framing.terminator);
                        if (noise.length > 0) {
                            expected.add(noise.length > maxFrame ? tooLong(noise.length) : framing.prefix.length > 0
                                    ? new FrameResult.Rejected(RejectReason.MISSING_PREFIX, noise.length)
                                    : new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, noise.length));
                        }
                    }
                }
                default -> {
                    // A partial read glued to the next scan within the idle gap: CR LF framing cannot tell them
                    // apart (the joined code is judged as one), STX ETX can (the second STX is inside the code).
                    String partial = badge(random).substring(0, 1 + random.nextInt(5));
                    write(stream, framing.prefix, partial.getBytes(StandardCharsets.US_ASCII), framing.prefix, code, framing.terminator);
                    int length = framing.prefix.length * 2 + partial.length() + code.length;
                    expected.add(length > maxFrame ? tooLong(length) : framing.prefix.length > 0
                            ? new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, length - framing.prefix.length)
                            : new FrameResult.Accepted(partial + badge));
                }
            }
        }
        // Garbage glued to a last code with no terminator at all: only the idle gap ends it.
        byte[] last = badge(random).getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = noise(random, framing, random.nextInt(2 * maxFrame));
        write(stream, framing.prefix, last, garbage);

        List<FrameResult> results = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(framing.scanFraming());
        long end = feedInRandomChunks(decoder, stream.toByteArray(), random, results);
        assertThat(results).containsExactlyElementsOf(expected);

        results.clear();
        decoder.idle(end + ScanFraming.defaults().idleGap().toNanos(), results::add);
        assertThat(results).containsExactly(
                new FrameResult.Rejected(RejectReason.INCOMPLETE, framing.prefix.length + last.length + garbage.length));
    }

    private static String badge(Random random) {
        return "B" + (100000 + random.nextInt(900000)) + "-" + random.nextInt(1000);
    }

    /** Bytes that never end a frame nor start with the prefix, with at least one that no code may hold. */
    private static byte[] noise(Random random, Framing framing, int length) {
        byte[] noise = new byte[length];
        for (int i = 0; i < length; i++) {
            do {
                noise[i] = (byte) random.nextInt(256);
            } while (framing.endsFrames(noise[i]) || (framing.prefix.length > 0 && noise[i] == framing.prefix[0]));
        }
        if (length > 0) {
            noise[random.nextInt(length)] = (byte) (0x80 | random.nextInt(0x80));
        }
        return noise;
    }

    private static FrameResult tooLong(int length) {
        return new FrameResult.Rejected(RejectReason.TOO_LONG, length);
    }

    private static void write(ByteArrayOutputStream out, byte[]... parts) {
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void validBadgesAmongNoiseAndOverlongFramesAreAllFoundAndNothingElse(long seed) {
        System.out.println("FrameDecoderFuzzTest mixed seed " + seed);
        Random random = new Random(seed);
        List<String> badges = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    String badge = "B" + (100000 + random.nextInt(900000)) + "-" + i;
                    badges.add(badge);
                    stream.writeBytes(badge.getBytes(StandardCharsets.US_ASCII));
                    stream.writeBytes(random.nextBoolean() ? new byte[]{'\r', '\n'} : new byte[]{'\n'});
                }
                case 1 -> {
                    byte[] noise = new byte[1 + random.nextInt(30)];
                    random.nextBytes(noise);
                    noise[random.nextInt(noise.length)] = (byte) (0x80 | random.nextInt(0x80)); // surely binary
                    for (int k = 0; k < noise.length; k++) {
                        if (noise[k] == '\r' || noise[k] == '\n') {
                            noise[k] = 0x01;
                        }
                    }
                    stream.writeBytes(noise);
                    stream.write('\r');
                }
                case 2 -> {
                    stream.writeBytes("X".repeat(21 + random.nextInt(5000)).getBytes(StandardCharsets.US_ASCII));
                    stream.write('\n');
                }
                default -> stream.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        List<FrameResult> results = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(ScanFraming.defaults().withFormat(FORMAT));
        feedInRandomChunks(decoder, stream.toByteArray(), random, results);

        List<String> accepted = results.stream().filter(r -> r instanceof FrameResult.Accepted)
                .map(r -> ((FrameResult.Accepted) r).code()).toList();
        assertThat(accepted).containsExactlyElementsOf(badges);
        assertThat(results).filteredOn(r -> r instanceof FrameResult.Rejected)
                .allSatisfy(r -> assertThat(((FrameResult.Rejected) r).reason())
                        .isIn(RejectReason.INVALID_CHARACTER, RejectReason.TOO_LONG, RejectReason.TOO_SHORT));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aFrameCutByTheIdleGapIsNeverReportedAsABadge(long seed) {
        System.out.println("FrameDecoderFuzzTest partial seed " + seed);
        Random random = new Random(seed);
        FrameDecoder decoder = new FrameDecoder(ScanFraming.defaults().withFormat(FORMAT).withIdleGap(Duration.ofMillis(50)));
        List<FrameResult> results = new ArrayList<>();
        long now = 0;
        String badge = "BADGE-" + (1000 + random.nextInt(9000));
        int cut = 1 + random.nextInt(badge.length() - 1);
        byte[] head = badge.substring(0, cut).getBytes(StandardCharsets.US_ASCII);
        decoder.feed(head, 0, head.length, now, results::add);
        now += Duration.ofMillis(51 + random.nextInt(1000)).toNanos();
        byte[] tail = (badge.substring(cut) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        decoder.feed(tail, 0, tail.length, now, results::add);

        assertThat(results).noneMatch(r -> r instanceof FrameResult.Accepted a && a.code().equals(badge));
        assertThat(results.get(0)).isEqualTo(new FrameResult.Rejected(RejectReason.INCOMPLETE, cut));
    }

    /** Feeds 1 ms apart, well inside the idle gap; returns the time of the last chunk. */
    private static long feedInRandomChunks(FrameDecoder decoder, byte[] bytes, Random random, List<FrameResult> out) {
        int i = 0;
        long now = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(64));
            now += 1_000_000;
            decoder.feed(bytes, i, n, now, out::add);
            i += n;
        }
        return now;
    }
}
