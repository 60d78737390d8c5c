package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.booking.ForwardingLedger;
import fr.borne.booking.Ledger;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The facts the rules read about one booking — its detainee and establishment, the
 * timetable, the detainee's permits, its visitors, the day's closures, the bookings of the
 * detainee and of the visitors around the date — read at once, one query per table for
 * all the booking's visitors, and sent to a database server in one round trip
 * ({@link SqlReads}). The rules then ask their questions one by one as ever: a question
 * these facts answer is answered from them, any other goes to the ledger behind.
 *
 * <p>Read inside the transaction that decides, and for that one decision: what this
 * transaction writes afterwards is not seen here.
 */
public final class PrefetchedLedger extends ForwardingLedger {

    /**
     * How far around the date the detainee's bookings are read: the calendar week and the
     * rolling disciplinary period the quota rules look at (B7, C4), 6 days either side with
     * the national 7 days. No wider: under SERIALIZABLE, what a transaction reads is what
     * another booking's writes may conflict with. A longer period set for an establishment
     * reads its bookings from the ledger behind.
     */
    static final int DETAINEE_DAYS_AROUND = 7;
    /** A visitor's bookings one day around: a round in another zone may overlap across midnight (B6). */
    static final int VISITOR_DAYS_AROUND = 1;

    private final String detaineeId;
    private final LocalDate date;
    private final Optional<Detainee> detainee;
    private final Optional<Establishment> establishment;
    private final List<Round> rounds;
    private final List<Permit> permits;
    private final Map<String, Optional<Visitor>> visitors;
    private final List<Closure> closures;
    private final List<Booking> detaineeBookings;
    private final List<Booking> visitorBookings;

    private PrefetchedLedger(Ledger ledger, String detaineeId, LocalDate date, Read read) {
        super(ledger);
        this.detaineeId = detaineeId;
        this.date = date;
        this.detainee = read.detainee.get().stream().findFirst();
        this.establishment = read.establishment.get().stream().findFirst();
        this.rounds = read.rounds.get();
        this.permits = read.permits.get();
        this.visitors = new HashMap<>();
        read.visitorIds.forEach(id -> visitors.put(id, Optional.empty()));
        read.visitors.get().forEach(visitor -> visitors.put(visitor.id(), Optional.of(visitor)));
        this.closures = read.closures.get();
        this.detaineeBookings = read.detaineeBookings.get();
        this.visitorBookings = read.visitorBookings.get();
    }

    /**
     * Reads the facts of a booking of {@code visitorIds} (with whoever books, and for a
     * change both the old and the new visitors) with the detainee on that date.
     */
    public static PrefetchedLedger read(Connection connection, Ledger ledger, String detaineeId,
                                        Collection<String> visitorIds, LocalDate date) throws SQLException {
        SqlReads reads = new SqlReads();
        Supplier<PrefetchedLedger> prefetched = read(reads, ledger, detaineeId, visitorIds, date);
        reads.run(connection);
        return prefetched.get();
    }

    /** {@link #read}, the queries sent with other reads: the ledger once they are. */
    public static Supplier<PrefetchedLedger> read(SqlReads reads, Ledger ledger, String detaineeId,
                                                  Collection<String> visitorIds, LocalDate date) {
        Read read = new Read(reads, detaineeId, new LinkedHashSet<>(visitorIds), date);
        return () -> new PrefetchedLedger(ledger, detaineeId, date, read);
    }

    /** The queries, one per table, whatever the number of visitors. */
    private static final class Read {
        private static final String ESTABLISHMENT_OF_DETAINEE = "(SELECT establishment_id FROM detainee WHERE id = ?)";

        final Set<String> visitorIds;
        final Supplier<List<Detainee>> detainee;
        final Supplier<List<Establishment>> establishment;
        final Supplier<List<Round>> rounds;
        final Supplier<List<Permit>> permits;
        final Supplier<List<Visitor>> visitors;
        final Supplier<List<Closure>> closures;
        final Supplier<List<Booking>> detaineeBookings;
        final Supplier<List<Booking>> visitorBookings;

        Read(SqlReads reads, String detaineeId, Set<String> visitorIds, LocalDate date) {
            this.visitorIds = visitorIds;
            detainee = reads.add("SELECT * FROM detainee WHERE id = ?", DetaineeRepository::map, detaineeId);
            establishment = reads.add("SELECT * FROM establishment WHERE id = " + ESTABLISHMENT_OF_DETAINEE,
                    EstablishmentRepository::map, detaineeId);
            rounds = reads.add("SELECT * FROM round WHERE establishment_id = " + ESTABLISHMENT_OF_DETAINEE
                    + " ORDER BY day_of_week, start_time", RoundRepository::map, detaineeId);
            permits = reads.add("SELECT * FROM permit WHERE detainee_id = ? ORDER BY id", PermitRepository::map,
                    detaineeId);
            closures = reads.add("SELECT * FROM closure WHERE establishment_id = " + ESTABLISHMENT_OF_DETAINEE
                    + " AND date = ? ORDER BY date", ClosureRepository::map, detaineeId, date);
            detaineeBookings = BookingRepository.confirmedOfDetainee(reads, detaineeId,
                    date.minusDays(DETAINEE_DAYS_AROUND), date.plusDays(DETAINEE_DAYS_AROUND));
            if (visitorIds.isEmpty()) {
                visitors = List::of;
                visitorBookings = List::of;
                return;
            }
            visitors = reads.add("SELECT * FROM visitor WHERE id IN (" + Sql.marks(visitorIds.size()) + ")",
                    VisitorRepository::map, visitorIds.toArray());
            visitorBookings = BookingRepository.confirmedNamingAny(reads, visitorIds,
                    date.minusDays(VISITOR_DAYS_AROUND), date.plusDays(VISITOR_DAYS_AROUND));
        }
    }

    @Override
    public Optional<Detainee> detainee(String id) {
        return id.equals(detaineeId) ? detainee : super.detainee(id);
    }

    @Override
    public Optional<Establishment> establishment(String id) {
        return establishment.filter(e -> e.id().equals(id)).or(() -> super.establishment(id));
    }

    @Override
    public Optional<Visitor> visitor(String id) {
        Optional<Visitor> read = visitors.get(id);
        return read != null ? read : super.visitor(id);
    }

    @Override
    public List<Permit> permitsOfDetainee(String id) {
        return id.equals(detaineeId) ? permits : super.permitsOfDetainee(id);
    }

    @Override
    public List<Round> rounds(String establishmentId) {
        return ofThisEstablishment(establishmentId) ? rounds : super.rounds(establishmentId);
    }

    @Override
    public Optional<Round> round(String roundId) {
        return rounds.stream().filter(round -> round.id().equals(roundId)).findFirst()
                .or(() -> super.round(roundId));
    }

    @Override
    public List<Closure> closures(String establishmentId, LocalDate from, LocalDate to) {
        if (ofThisEstablishment(establishmentId) && from.equals(date) && to.equals(date)) {
            return closures;
        }
        return super.closures(establishmentId, from, to);
    }

    @Override
    public List<Booking> bookingsOfDetainee(String id, LocalDate from, LocalDate to) {
        if (id.equals(detaineeId) && within(from, to, DETAINEE_DAYS_AROUND)) {
            return between(detaineeBookings, from, to);
        }
        return super.bookingsOfDetainee(id, from, to);
    }

    @Override
    public List<Booking> bookingsOfVisitor(String visitorId, LocalDate from, LocalDate to) {
        if (visitors.containsKey(visitorId) && within(from, to, VISITOR_DAYS_AROUND)) {
            return between(visitorBookings, from, to).stream()
                    .filter(booking -> booking.visitorIds().contains(visitorId))
                    .toList();
        }
        return super.bookingsOfVisitor(visitorId, from, to);
    }

    private boolean ofThisEstablishment(String establishmentId) {
        return establishment.filter(e -> e.id().equals(establishmentId)).isPresent();
    }

    private boolean within(LocalDate from, LocalDate to, int daysAround) {
        return !from.isBefore(date.minusDays(daysAround)) && !to.isAfter(date.plusDays(daysAround));
    }

    private static List<Booking> between(List<Booking> bookings, LocalDate from, LocalDate to) {
        return bookings.stream().filter(b -> !b.date().isBefore(from) && !b.date().isAfter(to)).toList();
    }
}
