package fr.borne.kiosk.startup;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * What the screen shows while the replica does not yet hold the kiosk's establishment:
 * a new kiosk waits for the sync agent's first sync rather than inventing data.
 */
public final class StartingView {

    private StartingView() {
    }

    public static Scene scene(Texts texts, Theme theme, Rectangle2D size) {
        Label headline = Widgets.label(texts.get("starting.headline"), "attract-title");
        headline.setId("starting");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(120, 120);
        VBox column = new VBox(36, headline, Widgets.label(texts.get("starting.body"), "subline"), spinner);
        column.setAlignment(Pos.CENTER);
        column.getStyleClass().add("content");
        Scene scene = new Scene(column, size.getWidth(), size.getHeight());
        theme.install(scene);
        theme.apply(column, texts.language());
        return scene;
    }
}
