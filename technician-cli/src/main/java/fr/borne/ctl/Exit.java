package fr.borne.ctl;

/** borne-ctl's exit codes, listed in its help. */
final class Exit {

    /** Done, nothing wrong found. */
    static final int OK = 0;
    /** The command ran and found a problem (printer out of paper, failed integrity check, backup refused…). */
    static final int PROBLEM = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The database or the device configuration cannot be opened. */
    static final int UNAVAILABLE = 3;
    /** Nothing happened in time (no scan, the sync agent did not react). */
    static final int TIMEOUT = 4;

    private Exit() {
    }
}
