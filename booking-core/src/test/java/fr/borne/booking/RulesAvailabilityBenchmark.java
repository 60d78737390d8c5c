package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.Round;
import fr.borne.settings.LayeredSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * The rules' own cost of {@link BookingRules#availability}: Rouen over a busy fortnight
 * (three rounds in four 15 seats full, the detainee with bookings in both weeks), on the
 * ledger answering from memory, so the database is left out. The store's benchmark measures the
 * whole path on SQLite. Run:
 * {@code mvn -q -o -pl booking-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=fr.borne.booking.RulesAvailabilityBenchmark}
 */
public final class RulesAvailabilityBenchmark {

    private static final int WARM_UP = 5_000;
    private static final int MEASURED = 20_000;

    private RulesAvailabilityBenchmark() {
    }

    public static void main(String[] args) {
        World world = new World();
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("v1", "d1");
        world.adultWithPermit("v2", "d1");
        LocalDateTime now = LocalDateTime.of(2026, 11, 24, 8, 0);
        LocalDate today = now.toLocalDate();
        for (LocalDate date = today.minusDays(7); !date.isAfter(today.plusDays(15)); date = date.plusDays(1)) {
            for (Round round : Timetables.rouen()) {
                if (round.day() == date.getDayOfWeek() && round.start().getMinute() != 40) {
                    world.fill(round.id(), date, round.capacity() * 3 / 4);
                }
            }
        }
        world.booked("d1", World.rouen(WEDNESDAY, "09:15"), World.WED_2_DEC, "v1", "v2");
        world.booked("d1", World.rouen(THURSDAY, "10:15"), World.THU_26_NOV, "v1");
        BookingRules rules = new BookingRules(new MemoizedLedger(world.ledger), LayeredSettings.nationalOnly(),
                Clock.fixed(now.atZone(Timetables.PARIS).toInstant(), ZoneOffset.UTC));

        long[] nanos = new long[MEASURED];
        int rounds = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            Availability availability = rules.availability("v1", "d1");
            long took = System.nanoTime() - start;
            rounds += availability.days().size();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("availability (rules alone, %d days): median %.3f ms, p99 %.3f ms [%d]%n",
                rounds / (WARM_UP + MEASURED), nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, MEASURED);
    }
}
