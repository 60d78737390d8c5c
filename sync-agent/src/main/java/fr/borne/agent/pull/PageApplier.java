package fr.borne.agent.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.status.StatusRows;
import fr.borne.store.ParkedChangeRepository;
import fr.borne.store.Savepoints;
import fr.borne.sync.Change;
import fr.borne.sync.ChangeApplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies a page of the feed inside the caller's transaction so that no single change can
 * stop it: the whole page at once (the fast path, in batches), and when something in it
 * fails, again one change at a time, each under its own savepoint. A change that cannot
 * apply (a thing it refers to is missing here, a value a constraint refuses) is parked
 * with the reason; the others apply. Parked changes are tried again later, and dropped
 * when a newer change of the same thing applies.
 */
final class PageApplier {

    private static final Logger LOG = LoggerFactory.getLogger(PageApplier.class);

    /** What a page did: changes applied, changes parked. */
    record Applied(int applied, int parked) {
        Applied and(Applied other) {
            return new Applied(applied + other.applied, parked + other.parked);
        }
    }

    private final ChangeApplier applier;
    private final ObjectMapper json;

    PageApplier(ChangeApplier applier, ObjectMapper json) {
        this.applier = applier;
        this.json = json;
    }

    Applied apply(Connection connection, List<Change> changes, Instant now) throws SQLException {
        ParkedChangeRepository parked = new ParkedChangeRepository(connection);
        boolean anyParked = parked.count() > 0;
        if (attempt(connection, "page", changes, now).isEmpty()) {
            if (anyParked) {
                parked.release(changes.stream().map(PageApplier::key).toList());
            }
            return new Applied(changes.size(), 0);
        }
        int parkedNow = 0;
        for (Change change : changes) {
            Optional<String> failure = attempt(connection, "change", List.of(change), now);
            if (failure.isPresent()) {
                parked.park(change.kind(), change.key(), json(change), failure.get(), now);
                LOG.warn("feed change parked, the rest goes on: {}", failure.get());
                parkedNow++;
            } else {
                parked.release(List.of(key(change)));
            }
        }
        return new Applied(changes.size() - parkedNow, parkedNow);
    }

    /** Changes this agent could not even read are parked as they came, to be seen (and kept for a newer agent). */
    Applied parkUnreadable(Connection connection, List<FeedPage.Unreadable> unreadable, Instant now)
            throws SQLException {
        ParkedChangeRepository parked = new ParkedChangeRepository(connection);
        for (FeedPage.Unreadable one : unreadable) {
            parked.park("unreadable", one.key(), one.raw(), one.why(), now);
            LOG.warn("feed change parked, the rest goes on: {}", one.why());
        }
        return new Applied(0, unreadable.size());
    }

    /** Tries every parked change again, oldest first; returns how many applied now. */
    int retryParked(Connection connection, Instant now) throws SQLException {
        ParkedChangeRepository parked = new ParkedChangeRepository(connection);
        int applied = 0;
        for (ParkedChangeRepository.Parked one : parked.all()) {
            Change change;
            try {
                change = json.readValue(one.change(), Change.class);
            } catch (JsonProcessingException e) {
                continue;
            }
            Optional<String> failure = attempt(connection, "change", List.of(change), now);
            if (failure.isPresent()) {
                parked.park(one.kind(), one.key(), one.change(), failure.get(), one.parkedAt());
            } else {
                parked.release(List.of(key(change)));
                LOG.info("parked feed change {} {} applied on a later try", one.kind(), shortKey(change));
                applied++;
            }
        }
        return applied;
    }

    /** Applies {@code changes} under a savepoint; on failure rolls them back and says why. */
    private Optional<String> attempt(Connection connection, String savepoint, List<Change> changes, Instant now)
            throws SQLException {
        return Savepoints.attempt(connection, savepoint, c -> {
            applier.apply(c, changes, now);
            return null;
        }).map(e -> changes.size() == 1 ? reason(changes.get(0), e) : e.toString());
    }

    /** Ids and the database's words only: never a value of the change. */
    private static String reason(Change change, Exception e) {
        String why = e instanceof SQLException ? e.getMessage() : e.getClass().getSimpleName();
        return StatusRows.shortText(change.kind() + " " + shortKey(change) + ": " + why);
    }

    /** A badge is keyed by its code's hash: eight digits are enough to tell it. */
    private static String shortKey(Change change) {
        return change instanceof Change.BadgeChanged && change.key().length() > 8
                ? change.key().substring(0, 8) + "…" : change.key();
    }

    private static ParkedChangeRepository.Key key(Change change) {
        return new ParkedChangeRepository.Key(change.kind(), change.key());
    }

    private String json(Change change) {
        try {
            return json.writerFor(Change.class).writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feed changes always serialise", e);
        }
    }
}
