package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;

import fr.borne.technician.ServiceState;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * The out-of-service switch. Off, the attract screen says the kiosk is out of service with
 * the reception's phone hours, the light shows it and visitors' badges are refused. The
 * state lives in the database, so a restart keeps it. The reason is one of a few words,
 * chosen by touch: no keyboard, and no free text that could name someone.
 */
final class ServiceScreen extends TechnicianScreen {

    /** Reasons offered, as stored. */
    static final List<String> REASONS = List.of("maintenance", "printer", "scanner", "network");

    /**
     * The switch as the database holds it, read off the screen's thread, with a reason set by
     * {@code borne-ctl} in free text already scrubbed of names and codes.
     */
    record Model(ServiceState state, Optional<String> freeReason) {
        static Model load(TechnicianMode mode) {
            ServiceState state = mode.services().state().current();
            // the scrubber reads every name of the replica: built only for a free-text reason
            Optional<String> free = state.reason().filter(reason -> !REASONS.contains(reason))
                    .map(reason -> mode.services().syncFacts().scrubber().scrub(reason));
            return new Model(state, free);
        }
    }

    private Model model;

    private ServiceScreen(TechnicianMode mode, Model model) {
        super(mode, "technician.service.title");
        this.model = model;
    }

    static void open(TechnicianMode mode) {
        mode.open(() -> Model.load(mode), model -> new ServiceScreen(mode, model));
    }

    /** Reads the switch again after a change, then shows it. */
    private void reload() {
        mode.read(() -> Model.load(mode), read -> {
            model = read;
            refresh();
        });
    }

    /**
     * Every button has its own place whatever the state, above the words that change with it:
     * "back in service" on the first row (the reasons' heading in its place while in service), the
     * reasons on the next ones, each kept (empty) while it does not apply. So the place a finger
     * just touched never holds the opposite switch.
     */
    @Override
    public Node view(Texts texts) {
        ServiceState state = model.state();
        boolean out = state.outOfService();
        Label now = Widgets.label(describe(texts, state), out ? "warning-text" : "subline");
        now.setId("service-state");
        Label takeOut = Widgets.label(texts.get("technician.service.takeOut"), "section-title");
        takeOut.setVisible(!out);
        // "back in service" and the heading of the reasons share one place: the taller sets its height
        StackPane first = new StackPane(confirmed(texts, new ConfirmedAction("service-on",
                texts.get("technician.service.putBack"), texts.get("technician.confirm.putBack"), "primary"),
                out, () -> mode.putBackInService(this::reload)), takeOut);
        StackPane.setAlignment(takeOut, Pos.CENTER_LEFT);
        VBox actions = Widgets.card(null, first);
        for (String reason : REASONS) {
            actions.getChildren().add(confirmed(texts, new ConfirmedAction("service-off-" + reason,
                    reason(texts, reason), texts.get("technician.confirm.takeOut", reason(texts, reason)), "danger"),
                    !out, () -> mode.takeOutOfService(reason, this::reload)));
        }
        return page(texts, actions, now, Widgets.label(texts.get("technician.service.explained"), "note"));
    }

    private String describe(Texts texts, ServiceState state) {
        if (!state.outOfService()) {
            return texts.get("technician.service.inService");
        }
        String since = state.since().map(at -> when(texts, at)).orElse("");
        String why = state.reason().map(r -> reason(texts, r)).orElse("");
        return texts.get("technician.service.outSince", since, state.changedBy().orElse(""), why);
    }

    /** A reason in words; one set by {@code borne-ctl} in free text is scrubbed of names and codes. */
    private String reason(Texts texts, String reason) {
        return switch (reason) {
            case "maintenance" -> texts.get("technician.reason.maintenance");
            case "printer" -> texts.get("technician.reason.printer");
            case "scanner" -> texts.get("technician.reason.scanner");
            case "network" -> texts.get("technician.reason.network");
            default -> model.freeReason().orElse("");
        };
    }
}
