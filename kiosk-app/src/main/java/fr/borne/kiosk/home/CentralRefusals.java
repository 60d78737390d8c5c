package fr.borne.kiosk.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.Refusal;
import fr.borne.store.Database;
import fr.borne.store.OutboxKind;
import fr.borne.store.SyncRefusalRepository;
import fr.borne.sync.RefusalData;
import fr.borne.sync.SyncJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Changes made at this kiosk that central refused later, when they reached it (the sync
 * agent records them in {@code sync_refusal}): a booking confirmed offline that central
 * could not keep, a change of companions or a cancellation it did not accept. The
 * visitor concerned is told on their home screen, with every reason.
 */
public final class CentralRefusals {

    /** One refused change of a booking of the visitor's, with central's reasons (empty when it gave none). */
    public record Refused(UUID bookingId, OutboxKind kind, List<Refusal> reasons, Instant recordedAt) {
        public Refused {
            reasons = List.copyOf(reasons);
        }

        /** The words telling the visitor which change was refused (a screen needs no store type for that). */
        public String textKey() {
            return "central.refused." + kind.name();
        }
    }

    private final Database database;
    private final ZoneId zone;
    private final Clock clock;
    private final ObjectMapper json = SyncJson.mapper();

    public CentralRefusals(Database database, ZoneId zone, Clock clock) {
        this.database = database;
        this.zone = zone;
        this.clock = clock;
    }

    /** Refusals about bookings the visitor made or is named in, for visits from today on, newest first. */
    public List<Refused> about(String visitorId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return database.read(c -> new SyncRefusalRepository(c).about(visitorId, today)).stream()
                .map(r -> new Refused(r.bookingId(), r.kind(), reasons(r.reasons()), r.recordedAt()))
                .toList();
    }

    /** A JSON list of refusals; the agent stores a plain message instead when central gave no reason. */
    private List<Refusal> reasons(String stored) {
        List<Refusal> refusals = new ArrayList<>();
        try {
            for (JsonNode node : json.readTree(stored)) {
                if (node.isObject() && node.hasNonNull("reason")) {
                    refusals.add(json.treeToValue(node, RefusalData.class).toRefusal());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable refusal recorded by the sync agent", e);
        }
        return refusals;
    }
}
