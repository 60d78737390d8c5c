package fr.borne.device.printer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Pc858EncoderTest {

    private final Pc858Encoder encoder = new Pc858Encoder();

    @Test
    void frenchAccentsAndTheEuroHaveTheirPc858Bytes() {
        assertThat(encoder.encode("éèàçùô€")).containsExactly(0x82, 0x8A, 0x85, 0x87, 0x97, 0x93, 0xD5);
    }

    @Test
    void oeLigatureAndTypographicPunctuationAreTransliterated() {
        assertThat(new String(encoder.encode("Œuvre, cœur’s … — «ok»"), Pc858Encoder.charset()))
                .isEqualTo("OEuvre, coeur's ... - «ok»");
    }

    @Test
    void lettersOutsideTheCodePageLoseTheirAccentAndTheRestIsAQuestionMark() {
        assertThat(new String(encoder.encode("Łódź 北"), Pc858Encoder.charset())).isEqualTo("Lódz ?");
    }

    @Test
    void controlCharactersNeverReachThePrinter() {
        assertThat(encoder.encode("a\u001b@b\u001dVc")).containsExactly('a', '@', 'b', 'V', 'c');
    }
}
