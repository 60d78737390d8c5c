package fr.borne.kiosk.speech;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A USB headset is plugged in while ALSA lists its card. */
class AlsaHeadsetJackTest {

    @TempDir
    Path dir;

    @Test
    void the_headset_is_there_while_its_card_is_listed() throws IOException {
        Path cards = dir.resolve("cards");
        Files.writeString(cards, " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n"
                + "                      HDA Intel PCH at 0xf7f10000 irq 33\n");
        AlsaHeadsetJack jack = new AlsaHeadsetJack(cards, "Headset");
        assertThat(jack.plugged()).isFalse();
        Files.writeString(cards, " 1 [Headset        ]: USB-Audio - Logitech USB Headset\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(jack.plugged()).isTrue();
        assertThat(new AlsaHeadsetJack(dir.resolve("absent"), "Headset").plugged()).isFalse();
    }
}
