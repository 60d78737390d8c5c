package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What every technician screen shares: its title, facts as "label: value" lines, and the way out. */
abstract class TechnicianScreen implements Screen {

    protected final TechnicianMode mode;
    private final String titleKey;
    /** The action touched once, awaiting its confirmation. */
    private Optional<Pending> pending = Optional.empty();

    private record Pending(String id, Runnable action) {
    }

    protected TechnicianScreen(TechnicianMode mode, String titleKey) {
        this.mode = mode;
        this.titleKey = titleKey;
    }

    @Override
    public String title(Texts texts) {
        return texts.get(titleKey);
    }

    /** Technician screens never show a visitor's data, and show no "Finished" button. */
    @Override
    public boolean personal() {
        return false;
    }

    /** The screen's parts, then the button that leaves technician mode, scrolling when long. */
    protected Node page(Texts texts, Node... parts) {
        return Widgets.page(withLeave(texts, parts));
    }

    private Node[] withLeave(Texts texts, Node... parts) {
        List<Node> all = new ArrayList<>(Arrays.asList(parts));
        Button leave = Widgets.button(texts.get("technician.leave"), "technician-leave", mode::leave, "danger");
        leave.setMaxWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(leave);
        row.setAlignment(Pos.CENTER_RIGHT);
        all.add(row);
        return all.toArray(Node[]::new);
    }

    /**
     * An action that changes how the kiosk serves, asked before it runs: see {@link ConfirmedAction}.
     *
     * @param shown false keeps the row's room, empty, so that nothing below it moves
     */
    protected Node confirmed(Texts texts, ConfirmedAction action, boolean shown, Runnable act) {
        return action.row(texts, pending.map(Pending::id), shown, new ConfirmedAction.Actions() {
            @Override
            public void ask(String id) {
                pending = Optional.of(new Pending(id, act));
                refresh();
            }

            @Override
            public void cancel() {
                pending = Optional.empty();
                refresh();
            }

            @Override
            public void confirm() {
                Optional<Pending> asked = pending;
                pending = Optional.empty();
                asked.ifPresent(p -> p.action().run());
                refresh();
            }
        });
    }

    /** Shows this screen again with what changed, unless the technician has moved on to another. */
    protected void refresh() {
        if (mode.context().navigator().current() == this) {
            mode.context().navigator().refresh();
        }
    }

    /** One fact: its name, and its value under an id the tests read. */
    protected static HBox fact(String name, String value, String id) {
        Label label = Widgets.label(name, "technician-fact-name");
        Label shown = Widgets.label(value, "technician-fact-value");
        shown.setId(id);
        HBox.setHgrow(shown, Priority.ALWAYS);
        HBox row = new HBox(label, shown);
        row.getStyleClass().add("technician-fact");
        return row;
    }

    /** "lun. 23 nov. 12:04:09" in the establishment's zone. */
    protected String when(Texts texts, Instant instant) {
        var zone = mode.context().establishment().zone();
        return texts.shortDay(instant.atZone(zone).toLocalDate()) + " "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").format(instant.atZone(zone));
    }
}
