package fr.borne.kiosk.attract;

import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** A badge this kiosk does not know is being looked up at the central booking service (B11). */
public final class LookingUpScreen implements Screen {

    private final KioskContext ctx;

    public LookingUpScreen(KioskContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String title(Texts texts) {
        return ctx.establishment().name();
    }

    @Override
    public Node view(Texts texts) {
        Label what = Widgets.headline(texts.get("lookup.headline"));
        what.setId("looking-up");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(100, 100);
        VBox column = new VBox(30, what, Widgets.label(texts.get("lookup.body"), "subline"), spinner);
        column.setAlignment(Pos.CENTER);
        return Widgets.page(column);
    }

    @Override
    public boolean backAllowed() {
        return false;
    }

    @Override
    public boolean personal() {
        return false;
    }
}
