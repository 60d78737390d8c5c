package fr.borne.kiosk.speech;

import fr.borne.kiosk.i18n.Language;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words written only to be heard, in the {@code spoken} bundles beside this class: for
 * each screen what it asks and how to answer with the keypad ({@code screen.<id>}), and the
 * guide's own phrases. What the screen shows is read from the screen itself; these are the
 * spoken variants and additions.
 */
public final class SpokenTexts {

    static final String BUNDLE = "fr.borne.kiosk.speech.spoken";
    public static final String SCREEN_PREFIX = "screen.";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public SpokenTexts() {
        for (Language language : Language.values()) {
            bundles.put(language, load(language));
        }
    }

    public static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(Language language, String key, Object... args) {
        String pattern = bundles.get(language).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(plain);
    }

    /** What the screen {@code screenId} asks, said after its title and what it shows. */
    public Optional<String> screen(Language language, String screenId) {
        String key = SCREEN_PREFIX + screenId;
        return bundles.get(language).containsKey(key) ? Optional.of(bundles.get(language).getString(key)) : Optional.empty();
    }
}
