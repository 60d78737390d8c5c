package fr.borne.demo;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.detainee.Detainee;
import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.store.BookingReferences;
import fr.borne.store.Database;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.Visitor;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A large establishment for benchmarks: 4,000 detainees, 20,000 visitors, 25,000 permits,
 * 20,000 badges, three months of past bookings (about three quarters of every round) and
 * the next 15 days half booked.
 * Visitor {@code i} holds a permit for detainee {@code i % 4000}; the first 5,000 visitors
 * also hold one for another detainee. Detainee 0 and visitor 0 are left without bookings
 * so a benchmark can book them.
 */
public final class LargeEstablishment {

    public static final String ID = "large";
    public static final int DETAINEES = 4_000;
    public static final int VISITORS = 20_000;
    private static final int SECOND_PERMITS = 5_000;
    private static final int PAST_DAYS = 91;

    private LargeEstablishment() {
    }

    public static String detaineeId(int i) {
        return String.format("large-d%05d", i);
    }

    public static String visitorId(int i) {
        return String.format("large-v%05d", i);
    }

    /** Badge {@code i} belongs to visitor {@code i}; every hundredth is revoked (i % 100 == 99). */
    public static String badgeCode(int i) {
        return String.format("L%07d", i);
    }

    /** Loads it into a fresh database in one transaction; the past is counted back from the clock's today. */
    public static void load(Database database, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Timetables.PARIS);
        DemoSet set = generate(today, now);
        database.write(connection -> {
            // A cache big enough for the indexes being built keeps SQLite from spilling mid-load.
            if (!isSqlite(connection)) {
                set.writeTo(connection, now);
                return null;
            }
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA cache_size = -65536");
                set.writeTo(connection, now);
                pragma.execute("PRAGMA cache_size = -2000");
            }
            return null;
        });
    }

    /** The cache pragmas are SQLite's; a PostgreSQL central (load tests) is loaded without them. */
    static boolean isSqlite(java.sql.Connection connection) throws java.sql.SQLException {
        return "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    private static DemoSet generate(LocalDate today, Instant now) {
        Random random = new Random(4_000L);
        FrenchNames names = new FrenchNames(random);
        DemoSet set = new DemoSet();
        set.establishments.add(new Establishment(ID, "Centre pénitentiaire (jeu d'essai)", "1 rue de l'Essai, 00000 Essai",
                "03 99 00 00 00", "lun.–ven. 9 h 00–12 h 00", Timetables.PARIS,
                "Centre pénitentiaire (jeu d'essai), BP 0, 00000 Essai Cedex", "mer.–ven. 9 h 15–16 h 40 ; sam. 8 h 45–16 h 30"));
        set.rounds.addAll(Timetables.rouenLike(ID, 60, 30));
        for (int d = 0; d < DETAINEES; d++) {
            set.detainees.add(new Detainee(detaineeId(d), ID, names.firstName(), names.lastName(),
                    String.format("L%06d", d), d % 5 < 3 ? PenalCategory.UNTRIED : PenalCategory.SENTENCED,
                    d % 50 == 7, d % 40 == 9));
        }
        for (int v = 0; v < VISITORS; v++) {
            set.visitors.add(new Visitor(visitorId(v), names.firstName(), names.lastName(),
                    today.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(365))));
            set.permits.add(permit(v, v % DETAINEES, random));
            set.badges.add(new Badge(BadgeCode.hash(badgeCode(v)), visitorId(v), v % 100 == 99));
        }
        for (int v = 0; v < SECOND_PERMITS; v++) {
            set.permits.add(permit(v, (v * 7 + 13) % DETAINEES, random));
        }
        set.bookings.addAll(bookings(set.rounds, today, now, random));
        return set;
    }

    private static Permit permit(int visitor, int detainee, Random random) {
        boolean provisional = visitor != 0 && random.nextInt(100) < 10;
        return new Permit(String.format("large-p%05d-%05d", visitor, detainee), visitorId(visitor), detaineeId(detainee),
                provisional ? PermitKind.PROVISIONAL : PermitKind.PERMANENT, provisional ? 1 + random.nextInt(5) : 0,
                visitor != 0 && random.nextInt(100) < 3 ? PermitStatus.SUSPENDED : PermitStatus.ACTIVE, false, false);
    }

    /** Past rounds three quarters full, coming ones half full, a detainee at most once a day. */
    private static List<Booking> bookings(List<Round> rounds, LocalDate today, Instant now, Random random) {
        BookingReferences references = new BookingReferences(random);
        Set<String> usedReferences = new HashSet<>();
        List<Booking> bookings = new ArrayList<>();
        for (LocalDate date = today.minusDays(PAST_DAYS); !date.isAfter(today.plusDays(15)); date = date.plusDays(1)) {
            Set<Integer> bookedToday = new HashSet<>();
            for (Round round : rounds) {
                if (round.day() != date.getDayOfWeek()) {
                    continue;
                }
                int seats = date.isBefore(today) ? round.capacity() * 3 / 4 : round.capacity() / 2;
                for (int s = 0; s < seats; s++) {
                    int detainee = 1 + random.nextInt(DETAINEES - 1);
                    if (!bookedToday.add(detainee)) {
                        continue;
                    }
                    List<String> visitors = new ArrayList<>();
                    int party = 1 + random.nextInt(3);
                    for (int k = 0; k < party && detainee + k * DETAINEES < VISITORS; k++) {
                        visitors.add(visitorId(detainee + k * DETAINEES));
                    }
                    String reference;
                    do {
                        reference = references.candidate();
                    } while (!usedReferences.add(reference));
                    bookings.add(new Booking(new UUID(random.nextLong(), random.nextLong()), reference, visitors.get(0),
                            detaineeId(detainee), round.id(), Optional.empty(), date, visitors,
                            BookingStatus.CONFIRMED, Channel.values()[random.nextInt(3)], now));
                }
            }
        }
        return bookings;
    }
}
