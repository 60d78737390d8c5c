package fr.borne.device.printer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReadingTest {

    @Test
    void answersAreInterpretedAsATechnicianWouldSayIt() {
        assertThat(StatusReading.interpret(0x12, 0x12, 0x12)).isEqualTo(PrinterStatus.ONLINE);
        assertThat(StatusReading.interpret(0x12, 0x12, 0x1E)).isEqualTo(PrinterStatus.PAPER_NEAR_END);
        assertThat(StatusReading.interpret(0x1A, 0x32, 0x72)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(StatusReading.interpret(0x1A, 0x16, 0x12)).isEqualTo(PrinterStatus.COVER_OPEN);
        assertThat(StatusReading.interpret(0x1A, 0x52, 0x12)).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void noAnswerOrAMalformedOneIsOffline() {
        assertThat(StatusReading.interpret(StatusReading.NO_ANSWER, 0x12, 0x12)).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(StatusReading.interpret(0x12, 0xFF, 0x12)).isEqualTo(PrinterStatus.OFFLINE);
    }
}
