package fr.borne.kiosk.ui;

import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/** A message and one way on: a done cancellation, a technical fault. Keys are bundle keys. */
public final class MessageScreen implements Screen {

    private final KioskContext ctx;
    private final String titleKey;
    private final String headlineKey;
    private final List<String> lineKeys;
    private final Runnable next;
    private final String nextKey;

    public MessageScreen(KioskContext ctx, String titleKey, String headlineKey, List<String> lineKeys,
                         Runnable next, String nextKey) {
        this.ctx = ctx;
        this.titleKey = titleKey;
        this.headlineKey = headlineKey;
        this.lineKeys = List.copyOf(lineKeys);
        this.next = next;
        this.nextKey = nextKey;
    }

    @Override
    public String title(Texts texts) {
        return texts.get(titleKey);
    }

    @Override
    public Node view(Texts texts) {
        VBox lines = new VBox();
        lines.getChildren().add(Widgets.headline(texts.get(headlineKey)));
        for (String key : lineKeys) {
            Label line = Widgets.label(texts.get(key, ctx.establishment().parloirPhone(),
                    ctx.establishment().parloirPhoneHours()), "subline");
            lines.getChildren().add(line);
        }
        lines.setSpacing(16);
        return Widgets.page(lines, Widgets.primaryAction(texts.get(nextKey), "next", next));
    }

    @Override
    public boolean backAllowed() {
        return false;
    }

    @Override
    public boolean personal() {
        return ctx.session().active();
    }
}
