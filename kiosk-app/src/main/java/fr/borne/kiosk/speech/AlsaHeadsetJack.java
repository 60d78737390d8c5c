package fr.borne.kiosk.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A USB headset (or a USB sound card with its own jack) is plugged in when ALSA lists its
 * card: {@code /proc/asound/cards} holds a line naming it while it is there.
 */
public final class AlsaHeadsetJack implements HeadsetJack {

    public static final Path CARDS = Path.of("/proc/asound/cards");

    private final Path cards;
    private final String card;

    public AlsaHeadsetJack(Path cards, String card) {
        this.cards = cards;
        this.card = card;
    }

    @Override
    public boolean plugged() {
        try {
            return Files.readAllLines(cards).stream().anyMatch(line -> line.contains("[" + card)
                    || line.matches("\\s*\\d+\\s.*\\b" + java.util.regex.Pattern.quote(card) + "\\b.*"));
        } catch (IOException e) {
            return false;
        }
    }
}
