package fr.borne.demo;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.detainee.Detainee;
import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.store.BookingReferences;
import fr.borne.store.Database;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.Visitor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The kiosk's demo data: Rouen (the family guide's timetable) and Dijon, one family per
 * case the rules distinguish, each reachable by a {@link DemoBadges} code, and a
 * generated population around them. Dates are placed relative to the clock, so the
 * demonstrated cases (a quota reached next week, a booking in a few days) hold whenever
 * it is loaded.
 */
public final class DemoData {

    private static final long SEED = 20_261_123L;

    private final DemoSet set = new DemoSet();
    private final LocalDate today;
    private final Instant now;
    private final Random random = new Random(SEED);
    private final FrenchNames names = new FrenchNames(random);
    private final BookingReferences references = new BookingReferences(random);
    private final Set<String> usedReferences = new HashSet<>();

    private DemoData(Clock clock) {
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, Timetables.PARIS);
    }

    /** Loads the demo data into a database, in one transaction; meant for a fresh file. */
    public static void load(Database database, Clock clock) {
        DemoData data = new DemoData(clock);
        data.build();
        database.write(connection -> {
            data.set.writeTo(connection, data.now);
            return null;
        });
    }

    private void build() {
        set.establishments.add(Timetables.rouen());
        set.establishments.add(Timetables.dijon());
        set.rounds.addAll(Timetables.rouenRounds());
        set.rounds.addAll(Timetables.dijonRounds());
        closures();
        marchandFamily();
        roussel();
        leroux();
        perrin();
        faure();
        garnier();
        morel();
        blanchard();
        population(Timetables.ROUEN, "R", 40);
        population(Timetables.DIJON, "D", 25);
    }

    /** B12: next-but-one Saturday closed all day, and next week's Friday 15:40 round. */
    private void closures() {
        LocalDate saturday = today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        set.closures.add(new Closure(Timetables.ROUEN, saturday, Optional.empty(), "Exercice de sécurité"));
        LocalDate friday = nextWeekMonday().plusDays(4);
        set.closures.add(new Closure(Timetables.ROUEN, friday,
                Optional.of(Timetables.roundId(Timetables.ROUEN, DayOfWeek.FRIDAY, "15:40")), "Réunion de service"));
    }

    private void marchandFamily() {
        Detainee julien = detainee("d-2001", Timetables.ROUEN, "Julien", "Marchand", "R240101",
                PenalCategory.UNTRIED, false, false);
        Visitor sophie = visitor("v-1001", "Sophie", "Marchand", LocalDate.of(1986, 3, 14));
        Visitor emma = visitor("v-1002", "Emma", "Marchand", today.minusYears(17).minusMonths(2));
        Visitor hugo = visitor("v-1003", "Hugo", "Marchand", today.minusYears(16).minusMonths(5));
        Visitor lucas = visitor("v-1004", "Lucas", "Marchand", today.minusYears(12).minusMonths(7));
        permit(sophie, julien, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        permit(emma, julien, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, true, true);
        permit(hugo, julien, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, true);
        permit(lucas, julien, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, true);
        badge("DEMO-0001", sophie, false);
        badge("DEMO-0002", emma, false);
        badge("DEMO-0003", hugo, false);
        badge("DEMO-0004", lucas, false);
        badge("DEMO-0012", sophie, true);
        booking(sophie, julien, lastRoundDay().minusDays(7), "14:15", Channel.KIOSK, List.of(sophie, lucas));
    }

    private void roussel() {
        Detainee kevin = detainee("d-2002", Timetables.ROUEN, "Kévin", "Roussel", "R240117",
                PenalCategory.UNTRIED, false, false);
        Visitor claire = visitor("v-1005", "Claire", "Roussel", LocalDate.of(1979, 11, 2));
        Visitor denis = visitor("v-1006", "Denis", "Roussel", LocalDate.of(1955, 6, 21));
        permit(claire, kevin, PermitKind.PROVISIONAL, 1, PermitStatus.ACTIVE, false, false);
        permit(denis, kevin, PermitKind.PROVISIONAL, 0, PermitStatus.ACTIVE, false, false);
        badge("DEMO-0005", claire, false);
        badge("DEMO-0006", denis, false);
    }

    /** B7: a sentenced detainee (2 a week) already booked on Wednesday and Thursday next week. */
    private void leroux() {
        Detainee thierry = detainee("d-2003", Timetables.ROUEN, "Thierry", "Leroux", "R230988",
                PenalCategory.SENTENCED, false, false);
        Visitor nathalie = visitor("v-1007", "Nathalie", "Leroux", LocalDate.of(1972, 1, 30));
        permit(nathalie, thierry, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        badge("DEMO-0007", nathalie, false);
        LocalDate monday = nextWeekMonday();
        booking(nathalie, thierry, monday.plusDays(2), "09:15", Channel.PORTAL, List.of(nathalie));
        booking(nathalie, thierry, monday.plusDays(3), "09:15", Channel.PHONE, List.of(nathalie));
    }

    /** B7, C4: in a disciplinary cell, visited on the last visiting day. */
    private void perrin() {
        Detainee yannick = detainee("d-2004", Timetables.ROUEN, "Yannick", "Perrin", "R240233",
                PenalCategory.SENTENCED, false, true);
        Visitor chantal = visitor("v-1008", "Chantal", "Perrin", LocalDate.of(1968, 9, 9));
        permit(chantal, yannick, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        badge("DEMO-0008", chantal, false);
        booking(chantal, yannick, lastRoundDay(), "09:15", Channel.KIOSK, List.of(chantal));
    }

    private void faure() {
        Detainee sebastien = detainee("d-2005", Timetables.ROUEN, "Sébastien", "Faure", "R240310",
                PenalCategory.UNTRIED, true, false);
        Visitor martine = visitor("v-1009", "Martine", "Faure", LocalDate.of(1961, 4, 17));
        permit(martine, sebastien, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        badge("DEMO-0009", martine, false);
    }

    /** P3, C7: a suspended permit still books for others; a withdrawn one books nothing. */
    private void garnier() {
        Detainee anthony = detainee("d-2006", Timetables.ROUEN, "Anthony", "Garnier", "R240402",
                PenalCategory.SENTENCED, false, false);
        Visitor isabelle = visitor("v-1010", "Isabelle", "Garnier", LocalDate.of(1990, 12, 5));
        Visitor monique = visitor("v-1011", "Monique", "Garnier", LocalDate.of(1958, 2, 11));
        Visitor patrick = visitor("v-1012", "Patrick", "Garnier", LocalDate.of(1983, 7, 23));
        permit(isabelle, anthony, PermitKind.PERMANENT, 0, PermitStatus.SUSPENDED, false, false);
        permit(monique, anthony, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        permit(patrick, anthony, PermitKind.PERMANENT, 0, PermitStatus.WITHDRAWN, false, false);
        badge("DEMO-0010", isabelle, false);
        badge("DEMO-0011", patrick, false);
    }

    /** B11: a detainee held at Dijon. */
    private void morel() {
        Detainee franck = detainee("d-2007", Timetables.DIJON, "Franck", "Morel", "D240077",
                PenalCategory.UNTRIED, false, false);
        Visitor celine = visitor("v-1013", "Céline", "Morel", LocalDate.of(1988, 8, 8));
        permit(celine, franck, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        badge("DEMO-0013", celine, false);
    }

    /** B3, B4: a booking far enough ahead to change or cancel. */
    private void blanchard() {
        Detainee romain = detainee("d-2008", Timetables.ROUEN, "Romain", "Blanchard", "R240455",
                PenalCategory.UNTRIED, false, false);
        Visitor gerard = visitor("v-1014", "Gérard", "Blanchard", LocalDate.of(1957, 10, 3));
        Visitor lea = visitor("v-1015", "Léa", "Blanchard", LocalDate.of(1995, 5, 29));
        permit(gerard, romain, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        permit(lea, romain, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
        badge("DEMO-0014", gerard, false);
        LocalDate wednesday = today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        booking(gerard, romain, wednesday, "14:15", Channel.KIOSK, List.of(gerard, lea));
    }

    /**
     * Families drawn at random around the named cases: both penal categories, some in a
     * disciplinary cell or granted double visits, children, provisional permits near their
     * limit, suspended permits, revoked badges, and past visits.
     */
    private void population(String establishmentId, String prefix, int detainees) {
        List<Round> timetable = set.rounds.stream().filter(r -> r.establishmentId().equals(establishmentId)).toList();
        for (int d = 1; d <= detainees; d++) {
            String lastName = names.lastName();
            Detainee detainee = detainee(String.format("%s-d%03d", establishmentId, d), establishmentId,
                    names.firstName(), lastName, String.format("%s25%04d", prefix, d),
                    random.nextInt(100) < 55 ? PenalCategory.UNTRIED : PenalCategory.SENTENCED,
                    random.nextInt(100) < 5, random.nextInt(100) < 5);
            int family = 1 + random.nextInt(4);
            for (int v = 1; v <= family; v++) {
                Visitor visitor = visitor(String.format("%s-v%03d-%d", establishmentId, d, v), names.firstName(),
                        v == 1 || random.nextBoolean() ? lastName : names.lastName(), birthDate(v));
                int age = visitor.ageOn(today);
                boolean provisional = random.nextInt(100) < 12;
                permit(visitor, detainee, provisional ? PermitKind.PROVISIONAL : PermitKind.PERMANENT,
                        provisional ? random.nextInt(3) : 0,
                        random.nextInt(100) < 6 ? PermitStatus.SUSPENDED : PermitStatus.ACTIVE,
                        age >= 16 && age < 18 && random.nextBoolean(), age < 18);
                badge(String.format("%s-%03d-%d", prefix, d, v), visitor, random.nextInt(100) < 4);
            }
            if (random.nextBoolean()) {
                Round round = timetable.get(random.nextInt(timetable.size()));
                LocalDate date = today.minusDays(1 + random.nextInt(28)).with(TemporalAdjusters.previousOrSame(round.day()));
                Visitor lead = set.visitors.get(set.visitors.size() - family);
                addBooking(lead, detainee, round, date, Channel.values()[random.nextInt(3)], List.of(lead));
            }
        }
    }

    /** The first of a family is an adult; the others may be children of any age. */
    private LocalDate birthDate(int rankInFamily) {
        int age = rankInFamily == 1 || random.nextInt(100) < 60 ? 18 + random.nextInt(60) : 4 + random.nextInt(14);
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private Detainee detainee(String id, String establishmentId, String firstName, String lastName, String ecrou,
                              PenalCategory category, boolean doubleVisit, boolean disciplinary) {
        Detainee detainee = new Detainee(id, establishmentId, firstName, lastName, ecrou, category, doubleVisit, disciplinary);
        set.detainees.add(detainee);
        return detainee;
    }

    private Visitor visitor(String id, String firstName, String lastName, LocalDate birthDate) {
        Visitor visitor = new Visitor(id, firstName, lastName, birthDate);
        set.visitors.add(visitor);
        return visitor;
    }

    private void permit(Visitor visitor, Detainee detainee, PermitKind kind, int remaining, PermitStatus status,
                        boolean consent, boolean detaineeIsParent) {
        set.permits.add(new Permit("p-" + visitor.id() + "-" + detainee.id(), visitor.id(), detainee.id(), kind,
                remaining, status, consent, detaineeIsParent));
    }

    private void badge(String code, Visitor visitor, boolean revoked) {
        set.badges.add(new Badge(BadgeCode.hash(code), visitor.id(), revoked));
    }

    private void booking(Visitor bookedBy, Detainee detainee, LocalDate date, String start, Channel channel,
                         List<Visitor> visitors) {
        Round round = set.rounds.stream()
                .filter(r -> r.id().equals(Timetables.roundId(detainee.establishmentId(), date.getDayOfWeek(), start)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + start + " round on " + date.getDayOfWeek()));
        addBooking(bookedBy, detainee, round, date, channel, visitors);
    }

    private void addBooking(Visitor bookedBy, Detainee detainee, Round round, LocalDate date, Channel channel,
                            List<Visitor> visitors) {
        String reference;
        do {
            reference = references.candidate();
        } while (!usedReferences.add(reference));
        set.bookings.add(new Booking(new UUID(random.nextLong(), random.nextLong()), reference, bookedBy.id(),
                detainee.id(), round.id(), Optional.empty(), date, visitors.stream().map(Visitor::id).toList(),
                BookingStatus.CONFIRMED, channel, now));
    }

    private LocalDate nextWeekMonday() {
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** The last Rouen visiting day (Wednesday to Saturday) before today. */
    private LocalDate lastRoundDay() {
        LocalDate day = today.minusDays(1);
        while (day.getDayOfWeek().compareTo(DayOfWeek.WEDNESDAY) < 0 || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
