package fr.borne.device.printer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** Status answers and process-ID responses told apart in one byte stream, as a printer interleaves them. */
class PrinterRepliesTest {

    private static final Duration NOW = Duration.ZERO;

    /** A link whose far end has already sent the given bytes. */
    private static final class Sent implements PrinterConnection {
        final Queue<Integer> incoming = new ArrayDeque<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();

        Sent(int... bytes) {
            for (int b : bytes) {
                incoming.add(b);
            }
        }

        @Override
        public void write(byte[] bytes) {
            written.writeBytes(bytes);
        }

        @Override
        public int read(Duration timeout) {
            Integer b = incoming.poll();
            return b == null ? -1 : b;
        }

        @Override
        public void discardInput() {
            incoming.clear();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void idBytesThatLookLikeStatusAreNotTakenForStatus() throws Exception {
        // "2626": 0x32 and 0x36 both have (b & 0x93) == 0x12, like a status byte.
        PrinterReplies replies = new PrinterReplies(new Sent(0x37, 0x22, '2', '6', '2', '6', 0x00, 0x16));

        assertThat(replies.status(NOW)).isEqualTo(0x16);
        assertThat(replies.processed("2626", NOW)).isTrue();
    }

    @Test
    void onlyTheAskedIdCountsAndAResponseWithoutItsEndIsNoAnswer() throws Exception {
        PrinterReplies replies = new PrinterReplies(new Sent(0x37, 0x22, 'A', 'A', 'A', '1', 0x00, 0x37, 0x22, 'A', 'A', 'A', '2'));

        assertThat(replies.processed("AAA2", NOW)).isFalse();
        assertThat(replies.processed("AAA1", NOW)).as("the earlier job's answer did come").isTrue();
        assertThat(replies.processed("AAA3", NOW)).isFalse();
    }

    @Test
    void aStatusAskedWhileWaitingKeepsTheConfirmationThatCameFirst() throws Exception {
        Sent link = new Sent(0x37, 0x22, 'J', '0', '0', '7', 0x00, 0x12, 0x12, 0x12);
        PrinterReplies replies = new PrinterReplies(link);

        assertThat(replies.askStatus(NOW)).contains(PrinterStatus.ONLINE);
        assertThat(replies.processed("J007", NOW)).isTrue();
        assertThat(link.written.toByteArray()).containsExactly(0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4);
    }

    @Test
    void noAnswerToTheFirstQuestionIsNoStatus() throws Exception {
        Sent link = new Sent();
        assertThat(new PrinterReplies(link).askStatus(NOW)).isEmpty();
        assertThat(link.written.toByteArray()).as("the other questions are not asked").hasSize(3);
    }

    @Test
    void theProcessIdCommandIsGsParenHFunction48() {
        assertThat(EscPos.processId("0042")).containsExactly(0x1D, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, '0', '0', '4', '2');
    }
}
