package fr.borne.kiosk.devices;

import fr.borne.device.scanner.BarcodeScanner;
import fr.borne.device.scanner.ScannerEvent;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.function.Consumer;

/**
 * Carries the scanner's events, which arrive on the driver's thread, to the screen's
 * thread: badges to the journey, plug and unplug to the attract screen and the light.
 */
public final class ScannerLink {

    private final ReadOnlyBooleanWrapper connected;
    private Consumer<String> onBadge = code -> { };
    private Runnable onRejected = () -> { };

    public ScannerLink(boolean initiallyConnected) {
        this.connected = new ReadOnlyBooleanWrapper(initiallyConnected);
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Where scans go; set once the journey exists. Called on the JavaFX thread. */
    public void deliverTo(Consumer<String> badges, Runnable rejected) {
        this.onBadge = badges;
        this.onRejected = rejected;
    }

    public void listenTo(BarcodeScanner scanner) {
        scanner.addListener(this::onEvent);
    }

    /** Handles one event; safe to call from any thread. */
    public void onEvent(ScannerEvent event) {
        Platform.runLater(() -> {
            if (event instanceof ScannerEvent.BadgeScanned scanned) {
                onBadge.accept(scanned.code());
            } else if (event instanceof ScannerEvent.ScanRejected) {
                onRejected.run();
            } else if (event instanceof ScannerEvent.Connected) {
                connected.set(true);
            } else if (event instanceof ScannerEvent.Disconnected) {
                connected.set(false);
            }
        });
    }
}
