package fr.borne.kiosk.speech;

import fr.borne.kiosk.i18n.Language;
import fr.borne.testsupport.Eventually;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real speech: espeak-ng processes, one per utterance, piped into a player. Here the
 * player writes what it is given to a file (a kiosk's is aplay on the headset's device).
 */
class EspeakSpeechTest {

    @TempDir
    Path folder;

    /** A player that keeps each utterance's WAV in its own numbered file. */
    private List<String> recordingPlayer() {
        return List.of("sh", "-c", "n=$(ls \"$0\" | wc -l); cat > \"$0/$(printf %03d $n).wav\"", folder.toString());
    }

    private List<Path> played() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("Utterances are spoken one after the other, in order, each through its own espeak-ng")
    void utterances_playInOrder() throws IOException {
        try (EspeakSpeech speech = new EspeakSpeech(recordingPlayer())) {
            speech.say(Utterance.of("Oui.", Language.FR));
            speech.say(Utterance.of("Choisissez un jour avec les flèches, puis appuyez sur Entrée.", Language.FR));
            speech.say(Utterance.of("نعم.", Language.AR));
            Eventually.await("three utterances played", () -> played().size() == 3 && complete(played().get(2)));
            List<Path> files = played();
            Wav first = Wav.read(files.get(0));
            Wav second = Wav.read(files.get(1));
            Wav third = Wav.read(files.get(2));
            assertThat(second.seconds()).isGreaterThan(first.seconds() * 3).isGreaterThan(third.seconds() * 3);
            assertThat(List.of(first, second, third)).allSatisfy(wav -> assertThat(wav.rms()).isGreaterThan(300));
        }
    }

    @Test
    @DisplayName("Interrupting kills the utterance being spoken at once and drops those waiting")
    void interrupt_stopsAtOnce_andDropsWhatWaits() {
        // a player that takes nothing: espeak-ng blocks on the full pipe, as if speaking a long text
        try (EspeakSpeech speech = new EspeakSpeech(List.of("sleep", "600"))) {
            speech.say(Utterance.of("Bonjour. ".repeat(400), Language.FR));
            speech.say(Utterance.of("Jamais dit.", Language.FR));
            Eventually.await("espeak-ng speaking", () -> running("espeak-ng") && running("sleep"));
            speech.interrupt();
            Eventually.await("nothing left speaking", () -> !running("espeak-ng") && !running("sleep"));
        }
        // the second utterance never started: nothing runs once the first was killed
        assertThat(running("espeak-ng")).isFalse();
    }

    private static boolean running(String program) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .anyMatch(p -> p.info().command().map(c -> c.endsWith("/" + program) || c.equals(program)).orElse(false));
    }

    private static boolean complete(Path wav) {
        try {
            return Wav.read(wav).samples() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
