package fr.borne.kiosk.speech;

import fr.borne.kiosk.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every spoken text, in every language, rendered by the real espeak-ng with the very command
 * line the kiosk uses ({@code -w} instead of the headset): each must make a WAV that is not
 * silence and lasts what its words need. A missing voice, a language espeak-ng reads letter by
 * letter, or a text that falls silent fails here. About a hundred short files, two at a time.
 */
class SpokenScriptsTest {

    /** Slower than this is a voice spelling or stuck; faster, words were skipped (at the default rate). */
    private static final double FEWEST_CHARS_PER_SECOND = 5;
    private static final double MOST_CHARS_PER_SECOND = 40;
    /** Root mean square of a 16-bit signal: room noise is far below, speech far above. */
    private static final double LEAST_RMS = 300;

    @TempDir
    Path folder;

    @BeforeAll
    static void espeakIsThere() {
        try {
            Process version = new ProcessBuilder(Espeak.PROGRAM, "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
                fail(Espeak.PROGRAM + " --version failed");
            }
        } catch (IOException | InterruptedException e) {
            fail(Espeak.PROGRAM + " is not installed (scripts/install-deps.sh installs it): " + e.getMessage());
        }
    }

    private record Script(Language language, String key, String text) {
    }

    @Test
    @DisplayName("Every screen's spoken script and every phrase of the guide, in fr/en/es/ar, is heard: non-silent WAV of plausible length")
    void everySpokenText_inEveryLanguage_rendersToAudibleSpeech() throws Exception {
        List<Script> scripts = new ArrayList<>();
        for (Language language : Language.values()) {
            ResourceBundle bundle = SpokenTexts.load(language);
            for (String key : Collections.list(bundle.getKeys())) {
                String text = bundle.getString(key).replace("{0}", "7").replace("{1}", "10");
                scripts.add(new Script(language, key, text));
            }
        }
        assertThat(scripts).hasSizeGreaterThan(4 * 20);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> problems = new ArrayList<>();
            for (Script script : scripts) {
                problems.add(pool.submit(() -> check(script)));
            }
            List<String> found = new ArrayList<>();
            for (Future<String> problem : problems) {
                String p = problem.get(2, TimeUnit.MINUTES);
                if (p != null) {
                    found.add(p);
                }
            }
            assertThat(found).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("A reference spelled for the voice lasts as long as its characters read one by one, not as one word")
    void referenceSpelled_isReadCharacterByCharacter() throws Exception {
        Wav word = render(Utterance.of("R7K2QZ", Language.FR), "word.wav");
        Wav spelled = render(Utterance.of(Spelling.letters("R7K2QZ"), Language.FR), "spelled.wav");
        assertThat(spelled.seconds()).isGreaterThan(word.seconds() * 1.3);
        assertThat(Spelling.letters("R7K-2qz")).isEqualTo("R, 7, K, 2, q, z");
    }

    private String check(Script script) throws IOException, InterruptedException {
        Wav wav = render(Utterance.of(script.text(), script.language()),
                script.language() + "-" + script.key() + ".wav");
        int characters = script.text().replaceAll("\\s+", " ").length();
        double seconds = wav.seconds();
        String where = script.language() + " " + script.key() + " (" + characters + " characters, "
                + String.format("%.2f s, rms %.0f", seconds, wav.rms()) + ")";
        if (wav.rms() < LEAST_RMS) {
            return where + ": silent";
        }
        if (seconds < characters / MOST_CHARS_PER_SECOND || seconds > Math.max(1.5, characters / FEWEST_CHARS_PER_SECOND)) {
            return where + ": implausible length";
        }
        return null;
    }

    private Wav render(Utterance utterance, String name) throws IOException, InterruptedException {
        Path wav = folder.resolve(name);
        Process espeak = new ProcessBuilder(Espeak.command(utterance, Optional.of(wav)))
                .redirectErrorStream(true).start();
        try (OutputStream in = espeak.getOutputStream()) {
            in.write(utterance.text().getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(espeak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!espeak.waitFor(1, TimeUnit.MINUTES) || espeak.exitValue() != 0) {
            throw new AssertionError("espeak-ng failed on " + name + ": " + output);
        }
        return Wav.read(wav);
    }
}
