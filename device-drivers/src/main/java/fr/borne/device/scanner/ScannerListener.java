package fr.borne.device.scanner;

/** Receives scanner events on the driver's thread. Exceptions thrown here are logged and swallowed. */
@FunctionalInterface
public interface ScannerListener {
    void onEvent(ScannerEvent event);
}
