package fr.borne.kiosk.technician;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.borne.store.Database;
import fr.borne.store.SyncRefusalRepository;
import fr.borne.sync.AllotmentTotals;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.SyncJson;
import fr.borne.technician.LogScrubber;
import fr.borne.technician.PersonalDataIndex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sync agent's tables say that {@link fr.borne.technician.StoreHealth} does not: the
 * seats this kiosk's allotment holds, and the changes central refused, told by rule and
 * reason only (no booking, visitor or detainee is named).
 */
public final class SyncFacts {

    /** Seats held by this kiosk's allotment from a day on: how many, still free, on how many rounds. */
    public record Allotments(int held, int free, int rounds) {
    }

    /** A change central refused: when, what kind (CREATE, CANCEL…), and its reasons as rule and reason codes. */
    public record RefusalLine(Instant at, String kind, List<String> reasons) {
    }

    private final Database database;
    private final LocalAllotments allotments = new LocalAllotments();

    public SyncFacts(Database database) {
        this.database = database;
    }

    public Allotments allotments(LocalDate from) {
        return database.read(c -> {
            int held = 0;
            int free = 0;
            int rounds = 0;
            for (AllotmentTotals totals : allotments.all(c, "")) {
                if (totals.date().isBefore(from) || totals.held() <= 0) {
                    continue;
                }
                rounds++;
                held += totals.held();
                free += allotments.seatsLeft(c, totals.roundId(), totals.date());
            }
            return new Allotments(held, free, rounds);
        });
    }

    public List<RefusalLine> recentRefusals(int limit) {
        return database.read(c -> {
            SyncRefusalRepository refusals = new SyncRefusalRepository(c);
            if (!refusals.present()) {
                return List.<RefusalLine>of();
            }
            return refusals.recent(limit).stream()
                    .map(r -> new RefusalLine(r.recordedAt(), r.kind().name(), codes(r.reasons()))).toList();
        });
    }

    /** A scrubber that knows the replica's names and badges, for texts written by other programs. */
    public LogScrubber scrubber() {
        return PersonalDataIndex.scrubberFor(database);
    }

    /** Only the machine-readable codes: a free-text summary from central could name someone. */
    static List<String> codes(String reasonsJson) {
        List<String> codes = new ArrayList<>();
        try {
            for (JsonNode reason : SyncJson.mapper().readTree(reasonsJson)) {
                if (reason.isObject()) {
                    String rule = reason.path("rule").asText("");
                    String why = reason.path("reason").asText("");
                    codes.add(rule.isEmpty() ? why : rule + " " + why);
                }
            }
        } catch (JsonProcessingException e) {
            return List.of();
        }
        return codes;
    }
}
