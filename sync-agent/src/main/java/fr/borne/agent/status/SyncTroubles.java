package fr.borne.agent.status;

import fr.borne.store.BookingJson;
import fr.borne.store.OutboxRepository;
import fr.borne.store.ParkedChangeRepository;
import fr.borne.sync.SyncTrouble;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads what the agent set aside so that sync goes on: parked feed changes, parked outbox
 * rows, and rows central failed on at least {@code flagAfter} times in a row; the reason
 * given is the latest parked one, else the stuck row's last error.
 */
public final class SyncTroubles {

    private final int flagAfter;
    private final BookingJson bookingJson = new BookingJson();

    public SyncTroubles(int flagAfter) {
        this.flagAfter = flagAfter;
    }

    public SyncTrouble read(Connection connection) throws SQLException {
        ParkedChangeRepository changes = new ParkedChangeRepository(connection);
        OutboxRepository outbox = new OutboxRepository(connection, bookingJson);
        Optional<ParkedChangeRepository.Reason> lastChange = changes.latestReason();
        Optional<ParkedChangeRepository.Reason> lastRow = outbox.parked().stream()
                .map(p -> new ParkedChangeRepository.Reason(p.reason(), p.parkedAt()))
                .max(Comparator.comparing(ParkedChangeRepository.Reason::at));
        Optional<String> stuck = outbox.stuckReason(flagAfter);
        Optional<String> reason = Stream.of(lastChange, lastRow).flatMap(Optional::stream)
                .max(Comparator.comparing(ParkedChangeRepository.Reason::at))
                .map(ParkedChangeRepository.Reason::text)
                .or(() -> stuck);
        return new SyncTrouble(changes.count(), outbox.parkedCount(), outbox.stuckCount(flagAfter),
                reason.map(StatusRows::shortText).orElse(null));
    }
}
