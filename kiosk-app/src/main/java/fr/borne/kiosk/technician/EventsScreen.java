package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.technician.AuditEntry;
import fr.borne.technician.LogScrubber;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Recent events without personal data: the audit log's last entries (ids and words only,
 * scrubbed again in case a free-text reason named someone) and the changes central refused,
 * by rule and reason code.
 */
final class EventsScreen extends TechnicianScreen {

    static final int AUDIT_LINES = 15;
    static final int REFUSAL_LINES = 10;

    private final LogScrubber scrubber;

    EventsScreen(TechnicianMode mode) {
        super(mode, "technician.events.title");
        this.scrubber = mode.services().syncFacts().scrubber();
    }

    @Override
    public Node view(Texts texts) {
        VBox audit = Widgets.card(null, Widgets.label(texts.get("technician.events.audit"), "section-title"));
        audit.setId("events-audit");
        for (AuditEntry entry : mode.services().audit().recent(AUDIT_LINES)) {
            audit.getChildren().add(Widgets.label(when(texts, entry.at()) + "  " + entry.action() + "  "
                    + entry.technicianId() + "  " + scrubber.scrub(entry.detail()), "note"));
        }
        VBox refused = Widgets.card(null, Widgets.label(texts.get("technician.events.refusals"), "section-title"));
        refused.setId("events-refusals");
        List<SyncFacts.RefusalLine> refusals = mode.services().syncFacts().recentRefusals(REFUSAL_LINES);
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
