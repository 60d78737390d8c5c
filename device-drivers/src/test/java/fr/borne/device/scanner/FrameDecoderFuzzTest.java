package fr.borne.device.scanner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Random bytes, overlong frames and binary noise thrown at the scanner framing, split into random chunks. Each
 * seed is printed so a failure can be replayed.
 */
class FrameDecoderFuzzTest {

    private static final CodeFormat FORMAT = CodeFormat.defaults().withLength(6, 20);

    static LongStream seeds() {
        long base = Long.getLong("fuzz.seed", 20270412L);
        return LongStream.range(base, base + 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pureNoiseNeverEscapesAndOnlyWholeTerminatedValidRunsAreAccepted(long seed) {
        System.out.println("FrameDecoderFuzzTest noise seed " + seed);
        Random random = new Random(seed);
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (random.nextInt(10) == 0) {
                noise[i] = (byte) "\r\n\t".charAt(random.nextInt(3));
            }
        }
        List<FrameResult> results = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(ScanFraming.defaults().withFormat(FORMAT));
        assertThatCode(() -> feedInRandomChunks(decoder, noise, random, results)).doesNotThrowAnyException();

        String stream = new String(noise, StandardCharsets.ISO_8859_1);
        for (FrameResult r : results) {
            if (r instanceof FrameResult.Accepted a) {
                assertThat(a.code()).matches("[A-Za-z0-9-]{6,20}");
                // A whole frame: preceded by a CR/LF (or the start) and followed by a CR/LF.
                assertThat(stream).containsPattern("(^|[\\r\\n])" + java.util.regex.Pattern.quote(a.code()) + "[\\r\\n]");
            }
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

    private static void feedInRandomChunks(FrameDecoder decoder, byte[] bytes, Random random, List<FrameResult> out) {
        int i = 0;
        long now = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(64));
            now += 1_000_000; // 1 ms apart: well inside the idle gap
            decoder.feed(bytes, i, n, now, out::add);
            i += n;
        }
    }
}
