package fr.borne.kiosk.support;

import fr.borne.kiosk.speech.Speech;
import fr.borne.kiosk.speech.Utterance;

import java.util.ArrayList;
import java.util.List;

/** The speech at the edge of the test: keeps every utterance, and where speech was interrupted. */
public final class RecordingSpeech implements Speech {

    /** Put in the record where an interruption fell. */
    public static final String INTERRUPTED = "<interrupted>";

    private final List<Utterance> said = new ArrayList<>();
    private final List<String> record = new ArrayList<>();

    @Override
    public synchronized void say(Utterance utterance) {
        said.add(utterance);
        record.add(utterance.text());
    }

    @Override
    public synchronized void interrupt() {
        if (record.isEmpty() || !record.get(record.size() - 1).equals(INTERRUPTED)) {
            record.add(INTERRUPTED);
        }
    }

    public synchronized List<Utterance> utterances() {
        return List.copyOf(said);
    }

    /** The texts said, in order. */
    public synchronized List<String> texts() {
        return said.stream().map(Utterance::text).toList();
    }

    /** The texts said with the interruptions between them. */
    public synchronized List<String> record() {
        return List.copyOf(record);
    }

    public synchronized void clear() {
        said.clear();
        record.clear();
    }

    /** Whether {@code expected} was said in this order (other utterances may fall between). */
    public synchronized boolean saidInOrder(List<String> expected) {
        return indexAfter(expected) >= 0;
    }

    /** The first expected text not found in order, for a failure message. */
    public synchronized String firstMissing(List<String> expected) {
        int at = 0;
        List<String> texts = new ArrayList<>(texts());
        for (String text : expected) {
            int found = indexOf(texts, text, at);
            if (found < 0) {
                return text;
            }
            at = found + 1;
        }
        return null;
    }

    private int indexAfter(List<String> expected) {
        return firstMissing(expected) == null ? 0 : -1;
    }

    private static int indexOf(List<String> texts, String text, int from) {
        for (int i = from; i < texts.size(); i++) {
            if (texts.get(i).equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
