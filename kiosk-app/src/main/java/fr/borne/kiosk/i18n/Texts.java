package fr.borne.kiosk.i18n;

import com.ibm.icu.text.MessageFormat;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every visible string, in the current language. Keys live in the {@code messages}
 * bundles as ICU message patterns, so a message can say {@code {0, plural, one {…} other {…}}}
 * with each language's own plural forms (Arabic has six); dates and times are written the way
 * the language writes them. Mixed-direction Arabic: see {@link BidiText}.
 */
public final class Texts {

    static final String BUNDLE = "fr.borne.kiosk.i18n.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.DEFAULT);
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Texts() {
        for (Language l : Language.values()) {
            bundles.put(l, load(l));
        }
    }

    static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public void use(Language newLanguage) {
        language.set(newLanguage);
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}… filled from {@code args}. */
    public String get(String key, Object... args) {
        return format(language(), bundles.get(language()).getString(key), onScreen(language(), args));
    }

    /**
     * The arguments as the screen draws them in {@code language}: in a right-to-left language a
     * left-to-right argument's figures stay in order ({@link BidiText#inRightToLeft}). The
     * receipt, drawn by its own bidi code, embeds them instead.
     */
    private static Object[] onScreen(Language language, Object[] args) {
        if (language.orientation() != javafx.geometry.NodeOrientation.RIGHT_TO_LEFT) {
            return args;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text) {
                shown[i] = BidiText.inRightToLeft(text);
            }
        }
        return shown;
    }

    /**
     * Fills an ICU message pattern in {@code language}. Numbers stay numbers where the pattern
     * chooses by them (plural, select, number) and are written as in the source elsewhere: the
     * same digits on every screen and receipt.
     */
    public static String format(Language language, String pattern, Object... args) {
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Number number && choosesBy(pattern, i)) {
                values[i] = number;
            } else {
                values[i] = String.valueOf(arg);
            }
        }
        // a single quote is an apostrophe in every bundle, never ICU's quoting character
        return new MessageFormat(pattern.replace("'", "''"), language.formatLocale()).format(values);
    }

    private static boolean choosesBy(String pattern, int index) {
        return pattern.matches("(?s).*\\{\\s*" + index + "\\s*,\\s*(plural|selectordinal|number|choice)\\b.*");
    }

    /**
     * A duration of the booking rules in words: "48 heures" when it is whole hours, else
     * "30 minutes", with the language's plural.
     */
    public String duration(Duration duration) {
        return duration.toMinutesPart() == 0 && duration.toHours() > 0
                ? get("figure.hours", duration.toHours())
                : get("figure.minutes", duration.toMinutes());
    }

    /** "mercredi 2 décembre" */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", language().locale()).format(date);
    }

    /** "mer. 2 déc." for compact tiles */
    public String shortDay(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE d MMM", language().locale()).format(date);
    }

    /** "09:15" in the establishment's zone */
    public String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", language().locale()).format(instant.atZone(zone));
    }

    /** "lundi 7 décembre à 09:15" */
    public String dayAndTime(Instant instant, ZoneId zone) {
        return get("common.dayAtTime", day(instant.atZone(zone).toLocalDate()), time(instant, zone));
    }
}
