package fr.borne.kiosk.attract;

import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.help.HelpScreen;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.info.InfoScreen;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.ButtonRow;
import fr.borne.kiosk.ui.Widgets;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the kiosk shows between visitors: an invitation to scan the badge and the choice of
 * language, or, with the scanner unplugged or switched off by a technician, that the kiosk
 * is out of service (with the reception's phone hours when a technician switched it off).
 */
public final class AttractScreen implements Screen {

    private final KioskContext ctx;
    private final ReadOnlyBooleanProperty scannerConnected;
    private final ReadOnlyBooleanProperty outOfService;

    public AttractScreen(KioskContext ctx, ReadOnlyBooleanProperty scannerConnected,
                         ReadOnlyBooleanProperty outOfService) {
        this.ctx = ctx;
        this.scannerConnected = scannerConnected;
        this.outOfService = outOfService;
    }

    @Override
    public String title(Texts texts) {
        return ctx.establishment().name();
    }

    @Override
    public Node view(Texts texts) {
        VBox column = new VBox(28);
        column.setAlignment(Pos.CENTER);
        column.getStyleClass().add("content");
        if (outOfService.get()) {
            Label out = Widgets.label(texts.get("attract.outOfService"), "out-of-service");
            out.setId("out-of-service");
            Label reception = Widgets.label(texts.get("technician.attract.reception",
                    ctx.establishment().parloirPhone()), "subline");
            Label hours = Widgets.label(texts.get("info.phoneHours", ctx.establishment().parloirPhoneHours() == null
                    ? "" : ctx.establishment().parloirPhoneHours()), "subline");
            hours.setId("reception-hours");
            hours.setStyle("-fx-text-alignment: center;");
            column.getChildren().addAll(out, reception, hours);
        } else if (scannerConnected.get()) {
            Label invite = Widgets.label(texts.get("attract.title"), "attract-title");
            invite.setId("attract-invite");
            column.getChildren().addAll(invite, Widgets.label(texts.get("attract.scan"), "subline"));
        } else {
            Label out = Widgets.label(texts.get("attract.outOfService"), "out-of-service");
            out.setId("out-of-service");
            column.getChildren().addAll(out, Widgets.label(texts.get("attract.seeReception"), "subline"));
        }
        column.getChildren().add(Widgets.label(texts.get("attract.chooseLanguage"), "section-title"));
        ButtonRow languages = Widgets.row();
        for (Language language : Language.values()) {
            Button choice = Widgets.button(language.nativeName(), "attract-language-" + language.name(),
                    () -> texts.use(language), language == texts.language() ? "chosen" : "button");
            choice.setStyle("-fx-font-family: \"" + language.fontFamily() + "\"; -fx-min-width: 9em;");
            languages.getChildren().add(choice);
        }
        ButtonRow more = Widgets.row(
                Widgets.button(texts.get("attract.info"), "info", () -> InfoScreen.open(ctx)),
                Widgets.button(texts.get("attract.help"), "help", () -> HelpScreen.open(ctx)));
        column.getChildren().addAll(languages, Widgets.spacer(), more);
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
