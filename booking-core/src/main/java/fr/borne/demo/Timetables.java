package fr.borne.demo;

import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The two demo establishments and their weekly rounds. */
public final class Timetables {

    public static final String ROUEN = "rouen";
    public static final String DIJON = "dijon";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Timetables() {
    }

    /** RULES.md: the family guide's Rouen details. */
    public static Establishment rouen() {
        return new Establishment(ROUEN, "Maison d'arrêt de Rouen", "169 boulevard de l'Europe, 76038 Rouen",
                "02 32 18 01 15", "mer.–ven. 10 h 00–11 h 30 ; mar. 8 h 30–11 h 00 et 14 h 15–16 h 00", PARIS,
                "Maison d'arrêt de Rouen (préciser le n° d'écrou), 169 boulevard de l'Europe, 76038 Rouen Cedex",
                "mer.–ven. 9 h 15–16 h 40 ; sam. 8 h 45–16 h 30");
    }

    /**
     * The booking flyer's addresses; the phone line and its hours are invented for the demo
     * (03 99 is a range kept for fiction), the visiting hours follow the invented timetable below.
     */
    public static Establishment dijon() {
        return new Establishment(DIJON, "Maison d'arrêt de Dijon", "72 rue d'Auxonne, 21033 Dijon Cedex",
                "03 99 00 21 33", "lun.–ven. 9 h 00–12 h 00", PARIS,
                "Maison d'arrêt de Dijon (préciser le n° d'écrou), 72 rue d'Auxonne, BP 20305, 21033 Dijon Cedex",
                "lun., mer., ven. 13 h 30–16 h 15 ; sam. 9 h 00–11 h 45");
    }

    /** Wed–Fri 09:15, 10:15, 14:15, 15:40 for 60 min, 20 each; Sat nine 45-min rounds of 10 (family guide, section 4). */
    public static List<Round> rouenRounds() {
        return rouenLike(ROUEN, 20, 10);
    }

    /** Rouen's timetable with other capacities, for a larger establishment. */
    static List<Round> rouenLike(String establishmentId, int weekdayCapacity, int saturdayCapacity) {
        List<Round> rounds = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            for (String start : List.of("09:15", "10:15", "14:15", "15:40")) {
                rounds.add(round(establishmentId, day, start, 60, weekdayCapacity));
            }
        }
        for (String start : List.of("08:45", "09:15", "09:45", "10:15", "10:45", "14:15", "14:45", "15:15", "15:45")) {
            rounds.add(round(establishmentId, DayOfWeek.SATURDAY, start, 45, saturdayCapacity));
        }
        return rounds;
    }

    /** Invented: Mon, Wed, Fri 13:30 and 15:00 for 75 min, 15 each; Sat 09:00 and 10:30, 12 each. */
    public static List<Round> dijonRounds() {
        List<Round> rounds = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            rounds.add(round(DIJON, day, "13:30", 75, 15));
            rounds.add(round(DIJON, day, "15:00", 75, 15));
        }
        rounds.add(round(DIJON, DayOfWeek.SATURDAY, "09:00", 75, 12));
        rounds.add(round(DIJON, DayOfWeek.SATURDAY, "10:30", 75, 12));
        return rounds;
    }

    /** Ids read like "rouen-wed-0915". */
    public static String roundId(String establishmentId, DayOfWeek day, String start) {
        return establishmentId + "-" + day.name().substring(0, 3).toLowerCase(Locale.ROOT) + "-" + start.replace(":", "");
    }

    private static Round round(String establishmentId, DayOfWeek day, String start, int minutes, int capacity) {
        return new Round(roundId(establishmentId, day, start), establishmentId, day, LocalTime.parse(start),
                Duration.ofMinutes(minutes), capacity);
    }
}
