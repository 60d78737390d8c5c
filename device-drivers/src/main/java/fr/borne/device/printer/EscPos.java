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

    /** The answer's first two bytes to {@link #processId}: header 37h, identifier 22h; then the 4 ID bytes and NUL. */
    static final int PROCESS_ID_HEADER = 0x37;
    static final int PROCESS_ID_IDENTIFIER = 0x22;
    static final int PROCESS_ID_LENGTH = 4;

    /**
     * GS ( H fn=48 m=48: "answer these four bytes once the data before this command is processed". For print data
     * the printer answers only when it is on paper, so the answer is the job's end-of-printing acknowledgement.
     * Each byte must be 32–126.
     */
    static byte[] processId(String id) {
        if (id.length() != PROCESS_ID_LENGTH || !id.chars().allMatch(c -> c >= 32 && c <= 126)) {
            throw new IllegalArgumentException("a process ID is 4 printable ASCII characters");
        }
        return new byte[]{GS, '(', 'H', 6, 0, 48, 48,
                (byte) id.charAt(0), (byte) id.charAt(1), (byte) id.charAt(2), (byte) id.charAt(3)};
    }

    private EscPos() {
    }
}
