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
import fr.borne.store.Sql;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.Visitor;

import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The national fleet for load tests: 187 establishments — the {@link LargeEstablishment} and
 * 186 generated ones — of realistic sizes (about 30 % small houses of 50–250 detainees, half
 * of 250–500, the rest up to 2,500; some 80,000 detainees in all), each with its own weekly
 * timetable sized to it, about two visitors per detainee holding permits and badges, the next
 * 15 days' rounds half booked, and its kiosks (two, plus one per 250 detainees: about 650).
 * Repeatable: one seed. {@code scale} shrinks every establishment alike for a quicker run.
 */
public final class NationalDataSet {

    public static final int ESTABLISHMENTS = 187;
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final List<String> STARTS = List.of("08:45", "09:30", "10:15", "13:30", "14:15", "15:00", "15:45");

    /** One establishment of the set: its id, how many detainees it holds, its kiosks' ids. */
    public record Site(String id, int detainees, List<String> kiosks) {
    }

    private NationalDataSet() {
    }

    public static String establishmentId(int i) {
        return i == 0 ? LargeEstablishment.ID : String.format("ep%03d", i);
    }

    /** The establishments, their sizes and kiosks, without loading anything. */
    public static List<Site> sites(double scale) {
        Random random = new Random(187L);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < ESTABLISHMENTS; i++) {
            int detainees = i == 0 ? LargeEstablishment.DETAINEES : Math.max(20, (int) (size(random) * scale));
            int count = 2 + detainees / 250;
            List<String> kiosks = new ArrayList<>();
            for (int k = 1; k <= count; k++) {
                kiosks.add(establishmentId(i) + "-" + k);
            }
            sites.add(new Site(establishmentId(i), detainees, List.copyOf(kiosks)));
        }
        return sites;
    }

    private static int size(Random random) {
        int draw = random.nextInt(100);
        if (draw < 30) {
            return 50 + random.nextInt(200);
        }
        if (draw < 80) {
            return 250 + random.nextInt(250);
        }
        if (draw < 97) {
            return 500 + random.nextInt(500);
        }
        return 1_000 + random.nextInt(1_500);
    }

    /** Loads every establishment into a fresh database, one transaction each. */
    public static List<Site> load(Database database, Clock clock, double scale) {
        List<Site> sites = sites(scale);
        LargeEstablishment.load(database, clock);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Timetables.PARIS);
        // Booking references are unique nationally.
        Set<String> references = new HashSet<>(database.read(c -> Sql.list(c, "SELECT reference FROM booking",
                row -> row.getString(1))));
        for (int i = 1; i < sites.size(); i++) {
            DemoSet set = generate(sites.get(i), new Random(1_000L + i), today, now, references);
            database.write(connection -> {
                if (!LargeEstablishment.isSqlite(connection)) {
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
        return sites;
    }

    public static String detaineeId(String establishmentId, int d) {
        return establishmentId + "-d" + d;
    }

    public static String visitorId(String establishmentId, int v) {
        return establishmentId + "-v" + v;
    }

    private static DemoSet generate(Site site, Random random, LocalDate today, Instant now, Set<String> references) {
        String id = site.id();
        FrenchNames names = new FrenchNames(random);
        DemoSet set = new DemoSet();
        set.establishments.add(new Establishment(id, "Établissement " + id + " (jeu d'essai)", "1 rue de l'Essai",
                "03 99 00 00 00", "lun.–ven. 9 h 00–12 h 00", Timetables.PARIS));
        set.rounds.addAll(timetable(id, site.detainees(), random));
        int visitors = site.detainees() * 2;
        for (int d = 0; d < site.detainees(); d++) {
            set.detainees.add(new Detainee(detaineeId(id, d), id, names.firstName(), names.lastName(),
                    String.format("%s%06d", id.toUpperCase(java.util.Locale.ROOT), d),
                    d % 5 < 3 ? PenalCategory.UNTRIED : PenalCategory.SENTENCED, d % 50 == 7, d % 40 == 9));
        }
        for (int v = 0; v < visitors; v++) {
            set.visitors.add(new Visitor(visitorId(id, v), names.firstName(), names.lastName(),
                    today.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(365))));
            boolean provisional = random.nextInt(100) < 10;
            set.permits.add(new Permit(id + "-p" + v, visitorId(id, v), detaineeId(id, v % site.detainees()),
                    provisional ? PermitKind.PROVISIONAL : PermitKind.PERMANENT, provisional ? 1 + random.nextInt(5) : 0,
                    random.nextInt(100) < 3 ? PermitStatus.SUSPENDED : PermitStatus.ACTIVE, false, false));
            set.badges.add(new Badge(BadgeCode.hash(id.toUpperCase(java.util.Locale.ROOT) + v), visitorId(id, v),
                    false));
        }
        set.bookings.addAll(comingBookings(set.rounds, site, today, now, random, references));
        return set;
    }

    /** Three to five days a week, two to four rounds a day, seats in proportion to the house. */
    private static List<Round> timetable(String id, int detainees, Random random) {
        List<DayOfWeek> days = new ArrayList<>(DAYS);
        java.util.Collections.shuffle(days, random);
        int dayCount = 3 + random.nextInt(3);
        int perDay = 2 + random.nextInt(3);
        int capacity = Math.max(4, detainees / (dayCount * perDay * 2));
        List<Round> rounds = new ArrayList<>();
        for (DayOfWeek day : days.subList(0, dayCount)) {
            List<String> starts = new ArrayList<>(STARTS);
            java.util.Collections.shuffle(starts, random);
            for (String start : starts.subList(0, perDay)) {
                rounds.add(new Round(Timetables.roundId(id, day, start), id, day, LocalTime.parse(start),
                        Duration.ofMinutes(60), capacity));
            }
        }
        return rounds;
    }

    /** The next 15 days half booked, a detainee at most once a day. */
    private static List<Booking> comingBookings(List<Round> rounds, Site site, LocalDate today, Instant now,
                                                Random random, Set<String> used) {
        BookingReferences references = new BookingReferences(random);
        List<Booking> bookings = new ArrayList<>();
        for (LocalDate date = today.plusDays(1); !date.isAfter(today.plusDays(15)); date = date.plusDays(1)) {
            Set<Integer> bookedToday = new HashSet<>();
            for (Round round : rounds) {
                if (round.day() != date.getDayOfWeek()) {
                    continue;
                }
                for (int s = 0; s < round.capacity() / 2; s++) {
                    int detainee = random.nextInt(site.detainees());
                    if (!bookedToday.add(detainee)) {
                        continue;
                    }
                    String visitor = visitorId(site.id(), detainee);
                    String reference;
                    do {
                        reference = references.candidate();
                    } while (!used.add(reference));
                    bookings.add(new Booking(new UUID(random.nextLong(), random.nextLong()), reference, visitor,
                            detaineeId(site.id(), detainee), round.id(), Optional.empty(), date, List.of(visitor),
                            BookingStatus.CONFIRMED, Channel.values()[random.nextInt(3)], now));
                }
            }
        }
        return bookings;
    }
}
