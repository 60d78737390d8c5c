package fr.borne.kiosk.devices;

import fr.borne.device.scanner.FrameResult;
import fr.borne.device.scanner.KeyboardWedgeDecoder;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * A USB scanner that types like a keyboard: its keystrokes reach the scene, the decoder
 * tells a scanner burst from a person typing, and a whole code becomes a scan.
 */
public final class KeyboardWedge {

    private final KeyboardWedgeDecoder decoder;
    private final ScannerLink link;

    public KeyboardWedge(KeyboardWedgeDecoder decoder, ScannerLink link) {
        this.decoder = decoder;
        this.link = link;
    }

    public void watch(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed.isEmpty() || typed.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        Optional<FrameResult> result = decoder.keyTyped(typed.charAt(0), System.nanoTime());
        result.ifPresent(r -> {
            if (r instanceof FrameResult.Accepted accepted) {
                link.onEvent(new fr.borne.device.scanner.ScannerEvent.BadgeScanned(accepted.code(), Instant.now()));
            } else if (r instanceof FrameResult.Rejected rejected) {
                link.onEvent(new fr.borne.device.scanner.ScannerEvent.ScanRejected(rejected.reason(), rejected.length(),
                        Instant.now()));
            }
        });
    }
}
