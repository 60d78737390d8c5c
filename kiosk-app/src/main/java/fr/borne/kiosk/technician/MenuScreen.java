package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.TilePane;


/** Technician mode's first screen, once badge and PIN are accepted: where each check lives. */
final class MenuScreen extends TechnicianScreen {

    MenuScreen(TechnicianMode mode) {
        super(mode, "technician.menu.title");
    }

    @Override
    public Node view(Texts texts) {
        TilePane tiles = new TilePane();
        tiles.getStyleClass().add("technician-tiles");
        tiles.getChildren().addAll(
                tile(texts.get("technician.devices.title"), "technician-devices",
                        () -> mode.show(new DevicesScreen(mode))),
                tile(texts.get("technician.sync.title"), "technician-sync", () -> SyncScreen.open(mode)),
                tile(texts.get("technician.service.title"), "technician-service", () -> ServiceScreen.open(mode)),
                tile(texts.get("technician.versions.title"), "technician-versions",
                        () -> mode.show(new VersionsScreen(mode))),
                tile(texts.get("technician.events.title"), "technician-events", () -> EventsScreen.open(mode)));
        String who = mode.technicianId().orElse("");
        // the switch as the kiosk holds it (read off the screen's thread at each poll and set by each change)
        String state = mode.outOfService()
                ? texts.get("technician.menu.outOfService") : texts.get("technician.menu.inService");
        return page(texts, Widgets.headline(texts.get("technician.menu.signedIn", who)),
                Widgets.label(state, "subline"), tiles);
    }

    @Override
    public boolean backAllowed() {
        return false;
    }

    private Button tile(String text, String id, Runnable open) {
        Button tile = Widgets.button(text, id, open, "technician-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }
}
