package fr.borne.kiosk.speech;

/** A kiosk without a headset output (or a test that does not listen): nothing is said. */
public final class SilentSpeech implements Speech {

    @Override
    public void say(Utterance utterance) {
        // nothing to play on
    }

    @Override
    public void interrupt() {
        // nothing playing
    }
}
