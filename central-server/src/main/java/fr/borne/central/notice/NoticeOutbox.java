package fr.borne.central.notice;

import fr.borne.booking.Booking;
import fr.borne.central.movement.BookingCancelled;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.SettingsSource;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.RoundRepository;
import fr.borne.store.Sql;
import fr.borne.store.SqlReads;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Central's outbox of notices to visitors: written in the same transaction as the booking
 * change it tells of, sent later by {@link NoticeSender}. A notice's id names its kind, booking
 * and contact, so telling the same thing twice writes one row.
 */
public final class NoticeOutbox implements BookingCancelled {

    /** The reminder leaves the day before the visit at this local time. */
    static final LocalTime REMINDER_AT = LocalTime.of(10, 0);

    private final Contacts contacts;
    private final SettingsSource settings;
    private final NoticeTexts texts = new NoticeTexts();
    private final String unsubscribeBase;

    /** {@code unsubscribeBase}: the public address the e-mail's link starts with; the token follows it. */
    public NoticeOutbox(Contacts contacts, SettingsSource settings, String unsubscribeBase) {
        this.contacts = contacts;
        this.settings = settings;
        this.unsubscribeBase = unsubscribeBase;
    }

    public Contacts contacts() {
        return contacts;
    }

    /** A booking confirmed: its confirmation now and its reminder the day before, to each visitor who opted in. */
    public void confirmed(Connection connection, Booking booking, Instant now) throws SQLException {
        confirmed(connection, booking, contacts.ofVisitors(connection, booking.visitorIds()), now);
    }

    /** {@link #confirmed}, the contacts of the booking's visitors read already in this transaction. */
    public void confirmed(Connection connection, Booking booking, List<Contact> opted, Instant now)
            throws SQLException {
        if (opted.isEmpty()) {
            return;
        }
        Optional<Facts> facts = facts(connection, booking);
        for (Contact contact : opted) {
            confirmedFor(connection, contact, booking, facts, now);
        }
    }

    /** A contact just left for a booking: that booking's confirmation and reminder to it. */
    public void confirmedFor(Connection connection, Contact contact, Booking booking, Instant now) throws SQLException {
        confirmedFor(connection, contact, booking, facts(connection, booking), now);
    }

    private void confirmedFor(Connection connection, Contact contact, Booking booking, Optional<Facts> facts,
                              Instant now) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        enqueue(connection, contact, booking, NoticeKind.CONFIRMATION, facts.get(), now, now);
        Instant reminder = facts.get().start().toLocalDate().minusDays(1).atTime(REMINDER_AT)
                .atZone(facts.get().start().getZone()).toInstant();
        if (facts.get().start().toInstant().isAfter(now)) {
            enqueue(connection, contact, booking, NoticeKind.REMINDER, facts.get(), reminder.isBefore(now) ? now : reminder,
                    now);
        }
    }

    @Override
    public void cancelled(Connection connection, Booking booking, Instant now) throws SQLException {
        Optional<Facts> facts = facts(connection, booking);
        if (facts.isEmpty()) {
            return;
        }
        for (Contact contact : contacts.ofVisitors(connection, booking.visitorIds())) {
            enqueue(connection, contact, booking, NoticeKind.CANCELLATION, facts.get(), now, now);
        }
    }

    private void enqueue(Connection connection, Contact contact, Booking booking, NoticeKind kind, Facts facts,
                         Instant due, Instant now) throws SQLException {
        NoticeTexts.Text text = texts.render(contact.language(), kind, booking.status(), contact.channel(),
                facts.words(), unsubscribeUrl(contact));
        String id = kind.name().toLowerCase(java.util.Locale.ROOT) + "." + booking.id() + "." + contact.id();
        Sql.update(connection, """
                INSERT INTO central_notice (id, contact_id, booking_id, kind, channel, address, subject, body, state,
                                            due_at, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""", id, contact.id(), booking.id().toString(), kind.name(),
                contact.channel().name(), contact.address(), text.subject(), text.body(), due.toEpochMilli(),
                due.toEpochMilli(), now.toEpochMilli());
    }

    String unsubscribeUrl(Contact contact) {
        return unsubscribeBase + contact.unsubscribeToken();
    }

    /** The booking's round, establishment and detainee, read in one round trip. */
    private Optional<Facts> facts(Connection connection, Booking booking) throws SQLException {
        SqlReads reads = new SqlReads();
        Supplier<Optional<Round>> readRound = RoundRepository.find(reads, booking.roundId());
        Supplier<Optional<Establishment>> readEstablishment = EstablishmentRepository.ofRound(reads, booking.roundId());
        Supplier<Optional<Detainee>> readDetainee = DetaineeRepository.find(reads, booking.detaineeId());
        reads.run(connection);
        Optional<Round> round = readRound.get();
        Optional<Establishment> establishment = readEstablishment.get();
        if (round.isEmpty() || establishment.isEmpty()) {
            return Optional.empty();
        }
        Optional<Detainee> detainee = readDetainee.get();
        Duration lead = settings.forBooking(establishment.get().id(), booking.roundId(),
                detainee.map(Detainee::id).orElse(booking.detaineeId())).convocationLead();
        RoundOccurrence occurrence = new RoundOccurrence(round.get(), booking.date(), establishment.get().zone());
        ZonedDateTime convocation = occurrence.convocation(lead).atZone(establishment.get().zone());
        return Optional.of(new Facts(occurrence.zonedStart(), new NoticeTexts.Facts(booking.date(),
                convocation.toLocalTime(), establishment.get().name(), booking.reference())));
    }

    private record Facts(ZonedDateTime start, NoticeTexts.Facts words) {
    }

    /** The notices left to send, for tests and the fleet's counts. */
    public List<String> states(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT state FROM central_notice ORDER BY id", row -> row.getString(1));
    }
}
