package fr.borne.kiosk.theme;

import fr.borne.kiosk.i18n.Language;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * How the kiosk looks: the shipped fonts, the base style sheet, and the two
 * accessibility switches (high contrast, larger text) offered on every screen.
 */
public final class Theme {

    private static final List<String> FONTS = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf");

    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final BooleanProperty largeText = new SimpleBooleanProperty(false);

    /** Loads the fonts shipped in the app, so no screen depends on what the system has. */
    public static void loadFonts() {
        for (String file : FONTS) {
            try (InputStream in = Objects.requireNonNull(Theme.class.getResourceAsStream("/fonts/" + file), file)) {
                Font.loadFont(in, 20);
            } catch (IOException e) {
                throw new UncheckedIOException("font " + file, e);
            }
        }
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    /** Back to the look every visitor starts with. */
    public void reset() {
        highContrast.set(false);
        largeText.set(false);
    }

    public void install(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("kiosk.css")).toExternalForm());
    }

    /** Applies the switches and the language's font family and direction to the root. */
    public void apply(Parent root, Language language) {
        toggle(root, "high-contrast", highContrast.get());
        toggle(root, "large-text", largeText.get());
        root.setStyle("-fx-font-family: \"" + language.fontFamily() + "\";");
        toggle(root, "arabic-script", language == Language.AR);
        root.setNodeOrientation(language.orientation());
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
