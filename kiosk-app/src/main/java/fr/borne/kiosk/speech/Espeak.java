package fr.borne.kiosk.speech;

import fr.borne.kiosk.i18n.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code espeak-ng} command line for one utterance. The text is not on the command line:
 * it goes to the program's standard input, so no visitor's name can be read as an option and
 * nothing personal shows in the process list.
 */
public final class Espeak {

    public static final String PROGRAM = "espeak-ng";
    /** Words per minute at rate 0 and at {@link Utterance#MAX_LEVEL}: slow and clear to brisk. */
    static final int SLOWEST_WPM = 100;
    static final int FASTEST_WPM = 250;

    private Espeak() {
    }

    /** The voice of each language, as Debian's espeak-ng-data names it. */
    public static String voice(Language language) {
        return switch (language) {
            case FR -> "fr-fr";
            case EN -> "en-gb";
            case ES -> "es";
            case AR -> "ar";
        };
    }

    static int wordsPerMinute(int rate) {
        return SLOWEST_WPM + (FASTEST_WPM - SLOWEST_WPM) * rate / Utterance.MAX_LEVEL;
    }

    /** espeak-ng's amplitude (0 to 200, 100 its own default) for a volume level. */
    static int amplitude(int volume) {
        return 200 * volume / Utterance.MAX_LEVEL;
    }

    /**
     * The command that speaks {@code utterance} (read from standard input) as WAV on standard
     * output, or into {@code wav} when given.
     */
    public static List<String> command(Utterance utterance, Optional<Path> wav) {
        List<String> command = new ArrayList<>(List.of(PROGRAM,
                "-v", voice(utterance.language()),
                "-s", Integer.toString(wordsPerMinute(utterance.rate())),
                "-a", Integer.toString(amplitude(utterance.volume())),
                "-b", "1"));
        wav.ifPresentOrElse(file -> command.addAll(List.of("-w", file.toString())), () -> command.add("--stdout"));
        return command;
    }
}
