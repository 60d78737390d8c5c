package fr.borne.kiosk.ui;

import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.ui.KioskFrame.Chooser;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The frame's bottom bar, always one row: the five languages, the two accessibility switches
 * and the frame's extra controls (listen, the demo's badges) side by side when they fit the
 * window's width; else folded, as kiosks do, into one button showing the language in use and
 * one "accessibility" button, each opening a chooser over the screen that holds the same
 * controls (the same ids, the same touch size). Built again with the language and the switches.
 */
final class BottomBar {

    static final String CHOOSER_ID = "chooser";

    private final Texts texts;
    private final Theme theme;
    private final StackPane host;
    private final List<Function<Texts, Node>> extras;
    private Optional<Chooser> open = Optional.empty();
    /** Whether the chooser was just opened (its focus starts on the choice in use) rather than built again. */
    private boolean justOpened;

    BottomBar(Texts texts, Theme theme, StackPane host, List<Function<Texts, Node>> extras) {
        this.texts = texts;
        this.theme = theme;
        this.host = host;
        this.extras = extras;
    }

    /** Every control side by side, as on a wide screen. */
    HBox wide() {
        List<Node> controls = new ArrayList<>(languages());
        controls.addAll(switches());
        return bar(controls);
    }

    /** The languages and the switches folded into one button each; the extras as they are. */
    HBox folded() {
        Language current = texts.language();
        Button language = Widgets.button(current.nativeName(), "languages", () -> open(Chooser.LANGUAGES), "chrome");
        language.setStyle(fontOf(current));
        language.setGraphic(globe());
        language.setAccessibleText(texts.get("nav.language", current.nativeName()));
        Button access = Widgets.button(texts.get("nav.accessibility"), "accessibility", () -> open(Chooser.ACCESSIBILITY),
                "chrome");
        if (theme.highContrastProperty().get() || theme.largeTextProperty().get()) {
            access.getStyleClass().add("switched-on");
        }
        return bar(List.of(language, access));
    }

    private HBox bar(List<Node> controls) {
        HBox bar = new HBox();
        bar.getStyleClass().add("bottom-bar");
        bar.setId("bottom-bar");
        bar.setAlignment(Pos.CENTER);
        bar.getChildren().addAll(controls);
        extras.forEach(extra -> bar.getChildren().add(extra.apply(texts)));
        // on one row, never squeezed into wrapped words: the frame folds the bar instead
        bar.getChildren().forEach(node -> {
            if (node instanceof Control control) {
                control.setMinWidth(Region.USE_PREF_SIZE);
                control.setMaxWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    private List<Node> languages() {
        List<Node> choices = new ArrayList<>();
        for (Language language : Language.values()) {
            ToggleButton choice = new ToggleButton(language.nativeName());
            choice.setId("language-" + language.name());
            choice.getStyleClass().add("chrome");
            choice.setSelected(language == texts.language());
            // each language's name in its own font, whatever the screen's language
            choice.setStyle(fontOf(language));
            choice.setOnAction(e -> {
                close();
                texts.use(language);
                // the same language touched again: the frame is not built again, its toggle stays chosen
                choice.setSelected(true);
            });
            choices.add(choice);
        }
        return choices;
    }

    private List<Node> switches() {
        return List.of(toggle("contrast", texts.get("nav.highContrast"), theme.highContrastProperty()),
                toggle("largeText", texts.get("nav.largeText"), theme.largeTextProperty()));
    }

    private static ToggleButton toggle(String id, String text, BooleanProperty property) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.getStyleClass().add("chrome");
        toggle.setSelected(property.get());
        toggle.setOnAction(e -> property.set(toggle.isSelected()));
        return toggle;
    }

    private static String fontOf(Language language) {
        return "-fx-font-family: \"" + language.fontFamily() + "\";";
    }

    /** A globe: the sign for "language" a visitor recognises whatever language the kiosk shows. */
    private static SVGPath globe() {
        SVGPath globe = new SVGPath();
        globe.setContent("M2 15a13 13 0 0 1 26 0a13 13 0 0 1 -26 0z M2 15h26 M4.5 8h21 M4.5 22h21"
                + " M15 2c4 4 6 8.5 6 13s-2 9 -6 13 M15 2c-4 4 -6 8.5 -6 13s2 9 6 13");
        globe.getStyleClass().add("globe");
        return globe;
    }

    void open(Chooser chooser) {
        open = Optional.of(chooser);
        justOpened = true;
        showChooser();
    }

    void close() {
        Optional<Chooser> was = open;
        open = Optional.empty();
        host.getChildren().removeIf(node -> CHOOSER_ID.equals(node.getId()));
        // the keypad's focus goes back to the bar's button it came from
        was.map(chooser -> host.lookup(chooser == Chooser.LANGUAGES ? "#languages" : "#accessibility"))
                .ifPresent(Node::requestFocus);
    }

    boolean isOpen() {
        return open.isPresent();
    }

    /**
     * The chooser that is open, if any, over the screen (under "one moment" and the inactivity
     * warning): shown again after the frame is built again (a switch touched keeps it open).
     */
    void showChooser() {
        // built again (a switch touched): the keypad's focus stays on the same choice
        String focused = Optional.ofNullable(host.getScene()).map(javafx.scene.Scene::getFocusOwner)
                .filter(BottomBar::inChooser).map(Node::getId).orElse(null);
        host.getChildren().removeIf(node -> CHOOSER_ID.equals(node.getId()));
        if (open.isEmpty()) {
            return;
        }
        List<Node> controls = open.get() == Chooser.LANGUAGES ? languages() : switches();
        ButtonRow row = new ButtonRow(12, controls.toArray(Node[]::new));
        String title = open.get() == Chooser.LANGUAGES ? texts.get("nav.language", texts.language().nativeName())
                : texts.get("nav.accessibility");
        Button done = Widgets.button(texts.get("nav.close"), "chooser-close", this::close);
        VBox box = Widgets.card("chooser", Widgets.label(title, "section-title"), row, done);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(1100);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(box);
        overlay.setId(CHOOSER_ID);
        overlay.getStyleClass().addAll("overlay", "chooser-overlay");
        // a touch beside the chooser closes it, as on a phone
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay) {
                close();
            }
        });
        host.getChildren().add(Math.min(1, host.getChildren().size()), overlay);
        RtlLineBreaks.apply(overlay);
        if (justOpened) {
            justOpened = false;
            controls.stream().filter(n -> n instanceof ToggleButton t && t.isSelected()).findFirst()
                    .or(() -> controls.stream().findFirst()).ifPresent(Node::requestFocus);
        } else if (focused != null) {
            Optional.ofNullable(overlay.lookup("#" + focused)).ifPresent(Node::requestFocus);
        }
    }

    private static boolean inChooser(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (CHOOSER_ID.equals(up.getId())) {
                return true;
            }
        }
        return false;
    }
}
