package fr.borne.kiosk.ui;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.session.InactivityWatch;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.work.Waiting;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What surrounds every screen: Back and Finished on top, languages and the accessibility
 * switches at the bottom, "one moment" over the screen while an answer is late, and the
 * inactivity warning above everything. The screen in the middle is rendered again whenever
 * the screen, the language or a switch changes.
 */
public final class KioskFrame {

    /** What the folded bottom bar's two buttons open over the screen. */
    public enum Chooser {
        LANGUAGES, ACCESSIBILITY
    }

    private final Texts texts;
    private final Theme theme;
    private final Navigator navigator;
    private final InactivityWatch watch;
    private final Runnable finish;
    private final Waiting waiting;
    private final List<Function<Texts, Node>> extras = new ArrayList<>();
    private final StackPane root = new StackPane();
    private final BorderPane layout = new BorderPane();
    private final BottomBar bottomBar;
    private String bottomBarState = "";

    public KioskFrame(Texts texts, Theme theme, Navigator navigator, InactivityWatch watch, Runnable finish,
                      Waiting waiting) {
        this.texts = texts;
        this.waiting = waiting;
        this.theme = theme;
        this.navigator = navigator;
        this.watch = watch;
        this.finish = finish;
        root.getChildren().add(layout);
        bottomBar = new BottomBar(texts, theme, root, extras);
        // a chooser opened from the bottom bar belongs to the screen it was opened on
        navigator.currentProperty().addListener((o, a, b) -> bottomBar.close());
        navigator.currentProperty().addListener((o, a, b) -> render());
        navigator.rendersProperty().addListener((o, a, b) -> render());
        texts.languageProperty().addListener((o, a, b) -> render());
        theme.highContrastProperty().addListener((o, a, b) -> render());
        theme.largeTextProperty().addListener((o, a, b) -> render());
        // whether the bottom bar's controls fit side by side depends on the window's width
        root.widthProperty().addListener((o, a, b) -> {
            bottomBarState = "";
            renderBottomBar();
        });
        watch.warningProperty().addListener((o, a, b) -> renderWarning());
        watch.secondsLeftProperty().addListener((o, a, b) -> renderWarning());
        // while an answer is awaited the screen takes no tap (no second booking); "one moment" comes when it is late
        layout.mouseTransparentProperty().bind(waiting.busyProperty());
        waiting.shownProperty().addListener((o, a, b) -> renderOneMoment());
    }

    public StackPane root() {
        return root;
    }

    /** Adds a control, built in the current language, to the bottom bar (the demo panel's button). */
    public void addExtra(Function<Texts, Node> control) {
        extras.add(control);
        render();
    }

    /** Opens a chooser over the screen, as the folded bottom bar's button does; it closes with a new screen. */
    public void open(Chooser chooser) {
        bottomBar.open(chooser);
    }

    public void render() {
        Screen screen = navigator.current();
        theme.apply(root, texts.language());
        if (screen == null) {
            return;
        }
        layout.setTop(topBar(screen));
        layout.setCenter(screen.view(texts));
        renderBottomBar();
        renderOneMoment();
        renderWarning();
        RtlLineBreaks.apply(root);
    }

    /**
     * The bottom bar, on one row: every control side by side when they fit the window's width,
     * else folded. Built again only with the language, the switches and the width, so it is
     * kept between screens.
     */
    private void renderBottomBar() {
        if (navigator.current() == null) {
            return;
        }
        String state = texts.language() + "/" + theme.highContrastProperty().get() + "/"
                + theme.largeTextProperty().get() + "/" + extras.size();
        if (!state.equals(bottomBarState)) {
            bottomBarState = state;
            HBox wide = bottomBar.wide();
            layout.setBottom(wide);
            double width = root.getWidth();
            if (width > 0 && root.getScene() != null) {
                wide.applyCss();
                if (wide.prefWidth(-1) > width) {
                    layout.setBottom(bottomBar.folded());
                }
            }
            RtlLineBreaks.apply(layout.getBottom());
        }
        bottomBar.showChooser();
    }

    private HBox topBar(Screen screen) {
        Label title = Widgets.label(screen.title(texts), "screen-title");
        title.setMaxWidth(Double.MAX_VALUE);
        // the title gives way (on more lines) before Back and Finished do
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox bar = new HBox();
        bar.getStyleClass().add("top-bar");
        if (navigator.canGoBack()) {
            Button back = Widgets.button(texts.get("nav.back"), "back", navigator::back, "chrome");
            back.setMaxWidth(Button.USE_PREF_SIZE);
            bar.getChildren().add(back);
        }
        bar.getChildren().add(title);
        if (screen.personal()) {
            Button done = Widgets.button(texts.get("nav.finished"), "finished", finish, "chrome", "primary");
            done.setMaxWidth(Button.USE_PREF_SIZE);
            bar.getChildren().add(done);
        }
        return bar;
    }

    /** "One moment": the answer is late; the visitor may stop waiting (an action's answer still comes). */
    private void renderOneMoment() {
        root.getChildren().removeIf(node -> "one-moment".equals(node.getId()));
        if (!waiting.shownProperty().get()) {
            return;
        }
        Label headline = Widgets.headline(texts.get("wait.oneMoment"));
        headline.setId("one-moment-headline");
        Label slow = Widgets.label(texts.get("wait.slow"), "subline");
        Button stop = Widgets.button(texts.get("wait.stop"), "stop-waiting", waiting::cancel);
        VBox box = Widgets.card(null, headline, slow);
        if (waiting.awaitingAction()) {
            box.getChildren().add(Widgets.label(texts.get("wait.actionStands"), "note"));
        }
        box.getChildren().add(stop);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(1100);
        box.setMaxHeight(VBox.USE_PREF_SIZE);
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setId("one-moment-spinner");
        box.getChildren().add(1, spinner);
        StackPane overlay = new StackPane(box);
        overlay.setId("one-moment");
        overlay.getStyleClass().add("overlay");
        // the inactivity warning, if any, stays above
        root.getChildren().add(Math.min(1, root.getChildren().size()), overlay);
        RtlLineBreaks.apply(overlay);
    }

    private void renderWarning() {
        root.getChildren().removeIf(node -> "inactivity".equals(node.getId()));
        if (!watch.warningProperty().get()) {
            return;
        }
        Label question = Widgets.headline(texts.get("inactivity.question"));
        Label countdown = Widgets.label(texts.get("inactivity.countdown", watch.secondsLeftProperty().get()), "subline");
        countdown.setId("countdown");
        Button more = Widgets.primary(texts.get("inactivity.moreTime"), "moreTime", watch::moreTime);
        more.setStyle("-fx-font-size: 2em; -fx-min-height: 4em;");
        Button end = Widgets.button(texts.get("nav.finished"), "endNow", finish);
        VBox box = Widgets.card(null, question, countdown, more, end);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(1100);
        box.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane overlay = new StackPane(box);
        overlay.setId("inactivity");
        overlay.getStyleClass().add("overlay");
        root.getChildren().add(overlay);
        RtlLineBreaks.apply(overlay);
    }
}
