package fr.borne.store;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.Channel;
import fr.borne.detainee.Detainee;
import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small replica for store tests: one establishment whose Wednesday has a 10:00 round of
 * a chosen capacity and an 11:00 round, and {@code families} untried detainees
 * {@code d0…}, each with one adult visitor {@code v0…} holding a permanent permit and the
 * badge {@code CODE-0…}. The clock stands on Tuesday 1 December 2026, 09:00 in Paris,
 * eight days before the Wednesday booked.
 */
final class TestReplica {

    static final String ESTABLISHMENT = "test";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, PARIS).toInstant();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    static final String ROUND = "test-wed-1000";
    static final String NEXT_ROUND = "test-wed-1100";

    private TestReplica() {
    }

    static Clock clock() {
        return Clock.fixed(NOW, PARIS);
    }

    static String detainee(int i) {
        return "d" + i;
    }

    static String visitor(int i) {
        return "v" + i;
    }

    static String badgeCode(int i) {
        return "CODE-" + i;
    }

    /** Visitor i books alone for detainee i on the 10:00 round. */
    static BookingRequest request(int i) {
        return new BookingRequest(visitor(i), detainee(i), ROUND, WEDNESDAY, List.of(visitor(i)), false, Channel.KIOSK);
    }

    static void load(Database database, int capacity, int families) {
        database.write(connection -> {
            load(connection, capacity, families);
            return null;
        });
    }

    static void load(Connection connection, int capacity, int families) throws SQLException {
        new EstablishmentRepository(connection).save(new Establishment(ESTABLISHMENT, "Maison d'arrêt d'essai",
                "1 rue de l'Essai", "03 99 00 00 01", "lun. 9 h–12 h", PARIS));
        new RoundRepository(connection).saveAll(List.of(
                new Round(ROUND, ESTABLISHMENT, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), Duration.ofMinutes(60), capacity),
                new Round(NEXT_ROUND, ESTABLISHMENT, DayOfWeek.WEDNESDAY, LocalTime.of(11, 0), Duration.ofMinutes(60),
                        capacity)));
        List<Detainee> detainees = new ArrayList<>();
        List<Visitor> visitors = new ArrayList<>();
        List<Permit> permits = new ArrayList<>();
        List<Badge> badges = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            detainees.add(new Detainee(detainee(i), ESTABLISHMENT, "Détenu", "N" + i, "E" + i, PenalCategory.UNTRIED,
                    false, false));
            visitors.add(new Visitor(visitor(i), "Visiteur", "N" + i, LocalDate.of(1980, 1, 1)));
            permits.add(permit(visitor(i), detainee(i), PermitKind.PERMANENT, 0, PermitStatus.ACTIVE));
            badges.add(new Badge(BadgeCode.hash(badgeCode(i)), visitor(i), false));
        }
        new DetaineeRepository(connection).saveAll(detainees);
        new VisitorRepository(connection).saveAll(visitors);
        new PermitRepository(connection).saveAll(permits);
        new BadgeRepository(connection).saveAll(badges);
    }

    static Permit permit(String visitorId, String detaineeId, PermitKind kind, int remaining, PermitStatus status) {
        return new Permit("p-" + visitorId + "-" + detaineeId, visitorId, detaineeId, kind, remaining, status, false, false);
    }

    static int count(Database database, String table) {
        return database.read(connection -> Sql.count(connection, "SELECT count(*) FROM " + table));
    }
}
