package fr.borne.device.printer;

/** ESC/POS command bytes used by this driver (Epson TM-compatible printers). */
final class EscPos {

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    static final byte LF = 0x0A;

    /** DLE EOT n: real-time status, n = 1 printer, 2 offline cause, 4 roll paper sensor. */
    static byte[] statusRequest(int n) {
        return new byte[]{DLE, EOT, (byte) n};
    }

    private EscPos() {
    }
}
