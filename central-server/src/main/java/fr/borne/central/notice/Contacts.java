package fr.borne.central.notice;

import fr.borne.store.Sql;
import fr.borne.store.SqlReads;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Visitors' contacts at central (never on a kiosk's replica). One per visitor and channel; a
 * new one replaces the old. Deleted with their notices once the visitor has no booked visit
 * left and nothing is waiting to be sent, at "STOP" by SMS, or through the e-mail's link.
 */
public final class Contacts {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Contact save(Connection connection, String visitorId, ContactChannel channel, String address,
                        String language, Instant now) throws SQLException {
        Optional<Contact> existing = Sql.one(connection, SELECT + " WHERE visitor_id = ? AND channel = ?",
                Contacts::read, visitorId, channel.name());
        if (existing.isPresent()) {
            Sql.update(connection, "UPDATE central_contact SET address = ?, language = ? WHERE id = ?",
                    address, language, existing.get().id());
            return new Contact(existing.get().id(), visitorId, channel, address, language,
                    existing.get().unsubscribeToken());
        }
        Contact contact = new Contact(UUID.randomUUID().toString(), visitorId, channel, address, language, token());
        Sql.update(connection, """
                INSERT INTO central_contact (id, visitor_id, channel, address, language, unsubscribe_token, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", contact.id(), visitorId, channel.name(), address, language,
                contact.unsubscribeToken(), now.toEpochMilli());
        return contact;
    }

    public List<Contact> ofVisitors(Connection connection, List<String> visitorIds) throws SQLException {
        SqlReads reads = new SqlReads();
        Supplier<List<Contact>> contacts = ofVisitors(reads, visitorIds);
        reads.run(connection);
        return contacts.get();
    }

    /** {@link #ofVisitors}, sent with other reads. */
    public Supplier<List<Contact>> ofVisitors(SqlReads reads, List<String> visitorIds) {
        List<String> order = visitorIds.stream().distinct().toList();
        if (order.isEmpty()) {
            return List::of;
        }
        Supplier<List<Contact>> rows = reads.add(SELECT + " WHERE visitor_id IN (" + Sql.marks(order.size())
                + ") ORDER BY channel", Contacts::read, order.toArray());
        // answered in the visitors' order, each visitor's by channel
        return () -> rows.get().stream()
                .sorted(java.util.Comparator.comparingInt(contact -> order.indexOf(contact.visitorId())))
                .toList();
    }

    public Optional<Contact> byToken(Connection connection, String token) throws SQLException {
        return Sql.one(connection, SELECT + " WHERE unsubscribe_token = ?", Contacts::read, token);
    }

    /** "STOP" from a phone: every contact at that number goes, with what was waiting for it. */
    public int stopPhone(Connection connection, String phone) throws SQLException {
        List<Contact> found = Sql.list(connection, SELECT + " WHERE channel = 'SMS' AND address = ?",
                Contacts::read, phone);
        for (Contact contact : found) {
            delete(connection, contact.id());
        }
        return found.size();
    }

    public void delete(Connection connection, String contactId) throws SQLException {
        Sql.update(connection, "DELETE FROM central_notice WHERE contact_id = ? AND state <> 'SENDING'", contactId);
        Sql.update(connection, "DELETE FROM central_contact WHERE id = ?", contactId);
    }

    /**
     * Deletes the contacts, left more than a day ago, of visitors with no confirmed booking
     * from {@code today} on and no notice left to send. Returns how many went.
     */
    public int purgeFinished(Connection connection, LocalDate today, Instant now) throws SQLException {
        // a day's grace: the booking a contact was left for may still be in the kiosk's outbox
        List<String> finished = Sql.list(connection, """
                SELECT c.id FROM central_contact c
                WHERE c.created_at < ? AND NOT EXISTS (SELECT 1 FROM booking_visitor bv JOIN booking b ON b.id = bv.booking_id
                                  WHERE bv.visitor_id = c.visitor_id AND b.status = 'CONFIRMED' AND b.date >= ?)
                  AND NOT EXISTS (SELECT 1 FROM central_notice n
                                  WHERE n.contact_id = c.id AND n.state IN ('PENDING', 'SENDING'))""",
                row -> row.getString(1), now.minus(java.time.Duration.ofDays(1)).toEpochMilli(), today);
        for (String id : finished) {
            delete(connection, id);
        }
        return finished.size();
    }

    private static final String SELECT =
            "SELECT id, visitor_id, channel, address, language, unsubscribe_token FROM central_contact";

    private static Contact read(java.sql.ResultSet row) throws SQLException {
        return new Contact(row.getString(1), row.getString(2), ContactChannel.valueOf(row.getString(3)),
                row.getString(4), row.getString(5), row.getString(6));
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
