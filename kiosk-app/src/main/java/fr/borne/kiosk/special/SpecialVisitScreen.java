package fr.borne.kiosk.special;

import fr.borne.establishment.VisitType;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;

/** B9: the visitor asks for a special visit; the kiosk asks which, then says who arranges it. */
public final class SpecialVisitScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;

    public SpecialVisitScreen(KioskContext ctx, Journey journey) {
        this.ctx = ctx;
        this.journey = journey;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("special.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> parts = new ArrayList<>();
        parts.add(Widgets.headline(texts.get("special.headline")));
        for (VisitType type : List.of(VisitType.PROLONGED, VisitType.FAMILY_UNIT, VisitType.GLASS_PARTITION)) {
            parts.add(Widgets.button(texts.get(key(type)), "special-" + type.name(),
                    () -> SpecialVisitRefusedScreen.open(ctx, journey, type)));
        }
        return Widgets.page(parts.toArray(Node[]::new));
    }

    static String key(VisitType type) {
        return switch (type) {
            case PROLONGED -> "special.PROLONGED";
            case FAMILY_UNIT -> "special.FAMILY_UNIT";
            case GLASS_PARTITION -> "special.GLASS_PARTITION";
            case ORDINARY -> "home.book";
        };
    }
}
