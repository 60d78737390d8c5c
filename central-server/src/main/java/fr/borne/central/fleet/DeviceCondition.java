package fr.borne.central.fleet;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One device's last reported status word, as the fleet page shows it.
 *
 * @param word     the word the kiosk sent, if any ({@code PAPER_NEAR_END}, {@code CONNECTED}…)
 * @param tone     how serious it is
 * @param labelKey the message key of its words for people; empty for a word this page does not know
 */
public record DeviceCondition(Optional<String> word, Tone tone, Optional<String> labelKey) {

    /**
     * The words the kiosk's drivers publish (printer: ONLINE, PAPER_NEAR_END, PAPER_OUT,
     * COVER_OPEN, OFFLINE; scanner: CONNECTED, DISCONNECTED) and the CUSS status words.
     */
    private static final Map<String, Tone> KNOWN = Map.ofEntries(
            Map.entry("OK", Tone.GOOD),
            Map.entry("ONLINE", Tone.GOOD),
            Map.entry("READY", Tone.GOOD),
            Map.entry("CONNECTED", Tone.GOOD),
            Map.entry("PAPER_NEAR_END", Tone.WARNING),
            Map.entry("MEDIA_LOW", Tone.WARNING),
            Map.entry("PAPER_OUT", Tone.FAULT),
            Map.entry("MEDIA_EMPTY", Tone.FAULT),
            Map.entry("MEDIA_JAMMED", Tone.FAULT),
            Map.entry("COVER_OPEN", Tone.FAULT),
            Map.entry("OFFLINE", Tone.FAULT),
            Map.entry("NOT_REACHABLE", Tone.FAULT),
            Map.entry("DISCONNECTED", Tone.FAULT));

    static final String NOT_REPORTED = "device.notReported";

    /** Reads a reported word; an unknown one is kept as it is, so nothing a kiosk says is hidden. */
    public static DeviceCondition of(Optional<String> reported) {
        Optional<String> word = reported.map(String::strip).filter(w -> !w.isEmpty());
        if (word.isEmpty()) {
            return new DeviceCondition(Optional.empty(), Tone.UNKNOWN, Optional.of(NOT_REPORTED));
        }
        String known = word.get().toUpperCase(Locale.ROOT);
        Tone tone = KNOWN.get(known);
        if (tone == null) {
            return new DeviceCondition(word, Tone.UNKNOWN, Optional.empty());
        }
        return new DeviceCondition(word, tone, Optional.of("device." + known));
    }

    static Set<String> knownWords() {
        return KNOWN.keySet();
    }
}
