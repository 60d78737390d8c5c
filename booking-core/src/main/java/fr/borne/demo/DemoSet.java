package fr.borne.demo;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.store.BadgeRepository;
import fr.borne.store.BookingRepository;
import fr.borne.store.ClosureRepository;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.RoundRepository;
import fr.borne.store.VisitorRepository;
import fr.borne.visitor.Badge;
import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rows to load into a replica, gathered first and written in one transaction, in batches. */
final class DemoSet {

    final List<Establishment> establishments = new ArrayList<>();
    final List<Round> rounds = new ArrayList<>();
    final List<Closure> closures = new ArrayList<>();
    final List<Detainee> detainees = new ArrayList<>();
    final List<Visitor> visitors = new ArrayList<>();
    final List<Permit> permits = new ArrayList<>();
    final List<Badge> badges = new ArrayList<>();
    final List<Booking> bookings = new ArrayList<>();

    void writeTo(Connection transaction, Instant now) throws SQLException {
        EstablishmentRepository establishmentRepository = new EstablishmentRepository(transaction);
        for (Establishment establishment : establishments) {
            establishmentRepository.save(establishment);
        }
        new RoundRepository(transaction).saveAll(rounds);
        ClosureRepository closureRepository = new ClosureRepository(transaction);
        for (Closure closure : closures) {
            closureRepository.save(closure);
        }
        new DetaineeRepository(transaction).saveAll(detainees);
        new VisitorRepository(transaction).saveAll(visitors);
        new PermitRepository(transaction).saveAll(permits);
        new BadgeRepository(transaction).saveAll(badges);
        new BookingRepository(transaction).saveAll(bookings, now);
    }
}
