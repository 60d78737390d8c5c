package fr.borne.booking;

import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference timetables: Rouen from RULES.md (family guide, section 4), and a Dijon
 * one with Sunday to Tuesday rounds, so tests can stand next to a change of clocks
 * (always on a Sunday) and on both sides of a week boundary.
 */
final class Timetables {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final Establishment ROUEN = new Establishment("rouen", "Maison d'arrêt de Rouen",
            "169 boulevard de l'Europe, 76038 Rouen", "02 32 18 01 15",
            "mer.–ven. 10:00–11:30, mar. 08:30–11:00 et 14:15–16:00", PARIS);

    static final Establishment DIJON = new Establishment("dijon", "Maison d'arrêt de Dijon",
            "72 rue d'Auxonne, 21033 Dijon Cedex", "03 80 00 00 00", "lun.–mar. 09:00–12:00", PARIS);

    private static final List<String> WEEKDAY_STARTS = List.of("09:15", "10:15", "14:15", "15:40");
    private static final List<String> SATURDAY_STARTS =
            List.of("08:45", "09:15", "09:45", "10:15", "10:45", "14:15", "14:45", "15:15", "15:45");
    private static final List<String> DIJON_STARTS = List.of("10:00", "14:00");

    private Timetables() {
    }

    /** Wed–Fri 4 rounds of 60 min for 20 detainees, Sat 9 rounds of 45 min for 10. */
    static List<Round> rouen() {
        List<Round> rounds = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            WEEKDAY_STARTS.forEach(start -> rounds.add(round(ROUEN, day, start, 60, 20)));
        }
        SATURDAY_STARTS.forEach(start -> rounds.add(round(ROUEN, DayOfWeek.SATURDAY, start, 45, 10)));
        return rounds;
    }

    /** Sun–Tue 10:00 and 14:00, 90 min for 12 detainees. */
    static List<Round> dijon() {
        List<Round> rounds = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY)) {
            DIJON_STARTS.forEach(start -> rounds.add(round(DIJON, day, start, 90, 12)));
        }
        return rounds;
    }

    /** e.g. {@code rouen-wed-0915} */
    static String roundId(Establishment establishment, DayOfWeek day, String start) {
        return establishment.id() + "-" + day.name().substring(0, 3).toLowerCase(Locale.ROOT) + "-" + start.replace(":", "");
    }

    private static Round round(Establishment establishment, DayOfWeek day, String start, int minutes, int capacity) {
        return new Round(roundId(establishment, day, start), establishment.id(), day, LocalTime.parse(start),
                Duration.ofMinutes(minutes), capacity);
    }
}
