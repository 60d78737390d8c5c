package fr.borne.kiosk.i18n;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every visible string, in the current language. Keys live in the {@code messages}
 * bundles; dates and times are written the way the language writes them.
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
        String pattern = bundles.get(language()).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as written in the source: the same digits on every screen and receipt
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern.replace("'", "''"), language().locale()).format(plain);
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
