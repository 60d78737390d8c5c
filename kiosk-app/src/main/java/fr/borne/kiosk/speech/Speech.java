package fr.borne.kiosk.speech;

/**
 * Where the kiosk's words are spoken: the visitor's headset, nowhere, or a test's list.
 * Utterances are spoken one after the other; {@link #interrupt()} drops what is being said
 * and everything still waiting (a new screen, a key that moves on). Calls come from the
 * JavaFX thread and must return at once.
 */
public interface Speech extends AutoCloseable {

    void say(Utterance utterance);

    void interrupt();

    /** Stops speaking for good (the kiosk is shutting down). */
    @Override
    default void close() {
        interrupt();
    }
}
