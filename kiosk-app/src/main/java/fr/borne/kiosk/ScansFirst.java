package fr.borne.kiosk;

/**
 * Scans handled before any visitor's: a technician's badge, and every scan in technician
 * mode. What needs the replica (is this a technician's badge?) is asked off the screen's
 * thread, with the badge look-up; the rest on the screen's thread.
 */
public interface ScansFirst {

    ScansFirst NONE = new ScansFirst() {
        @Override
        public boolean takesAtOnce(String code) {
            return false;
        }

        @Override
        public boolean claims(String code) {
            return false;
        }

        @Override
        public void take(String code) {
        }

        @Override
        public void notClaimed() {
        }
    };

    /** On the screen's thread, reading nothing: whether this scan is taken at once (a signed-in technician's scanner test). */
    boolean takesAtOnce(String code);

    /** Off the screen's thread: whether this code is one to {@link #take} (a technician's badge). */
    boolean claims(String code);

    /** On the screen's thread: a code {@link #claims claimed} is handled. */
    void take(String code);

    /** On the screen's thread: the code scanned was not claimed; the visitor's journey takes it. */
    void notClaimed();
}
