package fr.borne.kiosk.access;

/** What the keypad asks of the audio guidance; the keypad works without it too ({@link #NONE}). */
public interface Guidance {

    Guidance NONE = new Guidance() {
    };

    /** A keypad key was pressed; true when that only started the guidance and the key should do nothing more. */
    default boolean wake() {
        return false;
    }

    /** A key moves on: what is being said stops. */
    default void keyPressed() {
    }

    /** The help key: the screen's instructions again. */
    default void help() {
    }

    /** The key has nothing to do here (back on a screen without a way back). */
    default void cannot() {
    }

    default void volume(int step) {
    }

    default void rate(int step) {
    }
}
