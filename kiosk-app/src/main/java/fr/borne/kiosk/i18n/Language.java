package fr.borne.kiosk.i18n;

import javafx.geometry.NodeOrientation;

import java.util.Locale;

/**
 * The languages the kiosk speaks. French is the default and the one every session
 * returns to. Arabic reads right to left and needs its font family set explicitly:
 * left to a fallback font, JavaFX draws Arabic words in the wrong order.
 */
public enum Language {
    FR(Locale.FRENCH, "Français", NodeOrientation.LEFT_TO_RIGHT, "Noto Sans"),
    EN(Locale.ENGLISH, "English", NodeOrientation.LEFT_TO_RIGHT, "Noto Sans"),
    ES(Locale.forLanguageTag("es"), "Español", NodeOrientation.LEFT_TO_RIGHT, "Noto Sans"),
    AR(Locale.forLanguageTag("ar"), "العربية", NodeOrientation.RIGHT_TO_LEFT, "Noto Sans Arabic");

    public static final Language DEFAULT = FR;

    private final Locale locale;
    private final String nativeName;
    private final NodeOrientation orientation;
    private final String fontFamily;

    Language(Locale locale, String nativeName, NodeOrientation orientation, String fontFamily) {
        this.locale = locale;
        this.nativeName = nativeName;
        this.orientation = orientation;
        this.fontFamily = fontFamily;
    }

    public Locale locale() {
        return locale;
    }

    /** The locale for plural rules and figures: the language's own rules, Western digits as on the receipt. */
    public Locale formatLocale() {
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** The language's own name, shown on its button whatever the current language. */
    public String nativeName() {
        return nativeName;
    }

    public NodeOrientation orientation() {
        return orientation;
    }

    public String fontFamily() {
        return fontFamily;
    }
}
