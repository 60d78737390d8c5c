package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.technician.LogScrubber;
import fr.borne.technician.SyncNowRequests;
import fr.borne.technician.SyncSnapshot;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sync agent, as its tables tell it: whether central answered, the last pull and push,
 * the outbox, the seats this kiosk's allotment holds, the changes central refused and the
 * last error; and "sync now", left for the agent to pick up. Texts the agent wrote go
 * through the scrubber, so no name or badge code reaches the screen. Refreshed while shown.
 */
final class SyncScreen extends TechnicianScreen {

    /** {@code sync_status} keys the agent writes ("last.answered": whether central answered its last call); other rows, but device words, are listed as they are. */
    static final String REACHABLE = "last.answered";
    static final String LAST_CONTACT = "last.contact";
    static final String LAST_PUSH = "last.push";
    static final String LAST_ERROR = "last.error";
    static final int MAX_ROWS = 20;

    /**
     * What the screen shows, read off the screen's thread: the agent's tables, and the answer to
     * the technician's "sync now" when one was asked. The agent's free words come scrubbed.
     */
    record Model(SyncSnapshot sync, Map<String, String> scrubbed, int outbox, SyncFacts.Allotments held,
                 Optional<SyncNowRequests.Request> request, Optional<Instant> handled, LogScrubber scrubber) {

        /** @param scrubber the one the screen built when it opened (it reads every name of the replica), if any */
        static Model load(TechnicianMode mode, Optional<SyncNowRequests.Request> request,
                          Optional<LogScrubber> scrubber) {
            TechnicianServices services = mode.services();
            LogScrubber words = scrubber.orElseGet(() -> services.syncFacts().scrubber());
            SyncSnapshot sync = services.health().sync();
            Map<String, String> scrubbed = new LinkedHashMap<>();
            sync.status().forEach((key, value) -> scrubbed.put(key, value == null ? null : words.scrub(value)));
            LocalDate today = LocalDate.ofInstant(services.clock().instant(), mode.context().establishment().zone());
            Optional<Instant> handled = request.flatMap(r -> services.syncNow().find(r.id()))
                    .flatMap(SyncNowRequests.Request::handledAt);
            return new Model(sync, scrubbed, services.health().outboxDepth(), services.syncFacts().allotments(today),
                    request, handled, words);
        }
    }

    private Model model;

    private SyncScreen(TechnicianMode mode, Model model) {
        super(mode, "technician.sync.title");
        this.model = model;
    }

    static void open(TechnicianMode mode) {
        mode.open(() -> Model.load(mode, Optional.empty(), Optional.empty()), model -> new SyncScreen(mode, model));
    }

    /** Reads the agent's tables again (technician mode's poll), then shows them. */
    void reload() {
        Optional<SyncNowRequests.Request> request = model.request();
        LogScrubber scrubber = model.scrubber();
        mode.read(() -> Model.load(mode, request, Optional.of(scrubber)), read -> {
            model = read;
            refresh();
        });
    }

    @Override
    public Node view(Texts texts) {
        SyncSnapshot sync = model.sync();
        Map<String, String> status = sync.status();
        Map<String, String> scrubbed = model.scrubbed();
        String never = texts.get("technician.sync.never");
        String reachable = Optional.ofNullable(status.get(REACHABLE))
                .map(v -> Boolean.parseBoolean(v) ? texts.get("technician.sync.reachable")
                        : texts.get("technician.sync.unreachable"))
                .orElse(texts.get("technician.sync.unknown"));
        SyncFacts.Allotments held = model.held();

        VBox agent = Widgets.card(null, Widgets.label(texts.get("technician.sync.agent"), "section-title"),
                fact(texts.get("technician.sync.central"), reachable, "sync-reachable"),
                fact(texts.get("technician.sync.lastContact"), time(texts, LAST_CONTACT).orElse(never), "sync-last-contact"),
                fact(texts.get("technician.sync.lastPull"), sync.lastCaughtUp().map(at -> when(texts, at)).orElse(never), "sync-last-pull"),
                fact(texts.get("technician.sync.lastPush"), time(texts, LAST_PUSH).orElse(never), "sync-last-push"),
                fact(texts.get("technician.sync.outbox"), String.valueOf(model.outbox()), "sync-outbox"),
                fact(texts.get("technician.sync.allotments"),
                        texts.get("technician.sync.allotmentsHeld", held.held(), held.rounds(), held.free()), "sync-allotments"),
                fact(texts.get("technician.sync.refusals"), String.valueOf(sync.refusals()), "sync-refusals"),
                fact(texts.get("technician.sync.lastError"),
                        Optional.ofNullable(scrubbed.get(LAST_ERROR)).filter(error -> !error.isBlank()).orElse(texts.get("technician.sync.none")),
                        "sync-last-error"));
        VBox rows = Widgets.card(null, Widgets.label(texts.get("technician.sync.rows"), "section-title"));
        status.entrySet().stream()
                .filter(row -> !row.getKey().startsWith("device.") && !row.getKey().equals(REACHABLE)
                        && !row.getKey().equals(LAST_CONTACT) && !row.getKey().equals(LAST_PUSH)
                        && !row.getKey().equals(LAST_ERROR))
                .limit(MAX_ROWS)
                .forEach(row -> rows.getChildren().add(
                        Widgets.label(row.getKey() + " = " + scrubbed.get(row.getKey()), "note")));
        if (rows.getChildren().size() == 1) {
            rows.getChildren().add(Widgets.label(texts.get("technician.sync.none"), "note"));
        }
        Label asked = Widgets.label(requestText(texts, sync.openRequests()), "subline");
        asked.setId("sync-now-result");
        // first on the page, asked before it is sent: the words under it change, its place does not
        VBox now = Widgets.card(null, confirmed(texts, new ConfirmedAction("sync-now", texts.get("technician.sync.now"),
                texts.get("technician.confirm.syncNow"), "primary"), true, this::syncNow), asked);
        return page(texts, now, agent, rows);
    }

    private String requestText(Texts texts, int open) {
        if (model.request().isEmpty()) {
            return open == 0 ? "" : texts.get("technician.sync.open", open);
        }
        SyncNowRequests.Request request = model.request().get();
        return model.handled().map(at -> texts.get("technician.sync.handled", request.id(), when(texts, at)))
                .orElse(texts.get("technician.sync.requested", request.id(), when(texts, request.requestedAt())));
    }

    private void syncNow() {
        String technician = mode.technicianId().orElseThrow();
        LogScrubber scrubber = model.scrubber();
        // the request writes its own audit entry
        mode.read(() -> Model.load(mode, Optional.of(mode.services().syncNow().request(technician)),
                Optional.of(scrubber)), read -> {
            model = read;
            refresh();
        });
    }

    /** The agent writes instants as ISO-8601 text or epoch milliseconds. */
    private Optional<String> time(Texts texts, String key) {
        String value = model.sync().status().get(key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(when(texts, Instant.parse(value.strip())));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(when(texts, Instant.ofEpochMilli(Long.parseLong(value.strip()))));
            } catch (NumberFormatException neither) {
                return Optional.of(model.scrubbed().getOrDefault(key, ""));
            }
        }
    }
}
