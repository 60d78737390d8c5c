package fr.borne.kiosk.technician;

import java.time.Instant;
import java.util.Optional;

/**
 * When the scanner last read something, and the last scan received in technician mode, as
 * its length only: the technician sees that the scanner works without the code being shown.
 */
final class ScanLog {

    /** A scan received in technician mode. */
    record Received(int characters, Instant at) {
    }

    private Instant lastScan;
    private Received lastTest;

    void scanned(Instant at) {
        lastScan = at;
    }

    Received tested(String code, Instant at) {
        lastTest = new Received(code.length(), at);
        return lastTest;
    }

    Optional<Instant> lastScan() {
        return Optional.ofNullable(lastScan);
    }

    Optional<Received> lastTest() {
        return Optional.ofNullable(lastTest);
    }

    void forgetTest() {
        lastTest = null;
    }
}
