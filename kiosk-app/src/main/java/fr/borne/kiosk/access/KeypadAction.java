package fr.borne.kiosk.access;

/** What a key of the tactile keypad does; each has its line {@code keypad.<key>} in the devices file. */
public enum KeypadAction {
    UP("up"),
    DOWN("down"),
    BACK("back"),
    ENTER("enter"),
    HELP("help"),
    VOLUME_UP("volume-up"),
    VOLUME_DOWN("volume-down"),
    FASTER("faster"),
    SLOWER("slower");

    private final String key;

    KeypadAction(String key) {
        this.key = key;
    }

    /** Its key in the devices file, after {@code keypad.}. */
    public String key() {
        return key;
    }
}
