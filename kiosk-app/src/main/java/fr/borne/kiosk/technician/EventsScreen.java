package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.technician.TechnicianAction;
import fr.borne.technician.LogScrubber;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.List;

/**
 * Recent events without personal data: the audit log's last entries (ids and words only,
 * scrubbed again in case a free-text reason named someone) and the changes central refused,
 * by rule and reason code.
 */
final class EventsScreen extends TechnicianScreen {

    static final int AUDIT_LINES = 15;
    static final int REFUSAL_LINES = 10;

    /** An audit entry, its free words scrubbed. */
    record AuditLine(Instant at, TechnicianAction action, String technicianId, String detail) {
    }

    /** What the screen shows, read off the screen's thread. */
    record Model(List<AuditLine> audit, List<SyncFacts.RefusalLine> refusals) {
        Model {
            audit = List.copyOf(audit);
            refusals = List.copyOf(refusals);
        }

        static Model load(TechnicianMode mode) {
            LogScrubber scrubber = mode.services().syncFacts().scrubber();
            return new Model(mode.services().audit().recent(AUDIT_LINES).stream()
                    .map(e -> new AuditLine(e.at(), e.action(), e.technicianId(), scrubber.scrub(e.detail())))
                    .toList(), mode.services().syncFacts().recentRefusals(REFUSAL_LINES));
        }
    }

    private final Model model;

    private EventsScreen(TechnicianMode mode, Model model) {
        super(mode, "technician.events.title");
        this.model = model;
    }

    static void open(TechnicianMode mode) {
        mode.open(() -> Model.load(mode), model -> new EventsScreen(mode, model));
    }

    @Override
    public Node view(Texts texts) {
        VBox audit = Widgets.card(null, Widgets.label(texts.get("technician.events.audit"), "section-title"));
        audit.setId("events-audit");
        for (AuditLine entry : model.audit()) {
            audit.getChildren().add(Widgets.label(when(texts, entry.at()) + "  " + entry.action() + "  "
                    + entry.technicianId() + "  " + entry.detail(), "note"));
        }
        VBox refused = Widgets.card(null, Widgets.label(texts.get("technician.events.refusals"), "section-title"));
        refused.setId("events-refusals");
        List<SyncFacts.RefusalLine> refusals = model.refusals();
        for (SyncFacts.RefusalLine line : refusals) {
            refused.getChildren().add(Widgets.label(when(texts, line.at()) + "  " + line.kind() + "  "
                    + String.join(", ", line.reasons()), "note"));
        }
        if (refusals.isEmpty()) {
            refused.getChildren().add(Widgets.label(texts.get("technician.sync.none"), "note"));
        }
        return page(texts, audit, refused);
    }
}
