package fr.borne.central.notice;

import fr.borne.booking.BookingStatus;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends central's notices, one at a time: each row is claimed ({@code SENDING}, committed)
 * before it goes and marked {@code SENT} after. A failure is retried with a growing delay
 * (30 s doubling to 30 min) and parked after {@value #MAX_ATTEMPTS} tries; a row found
 * {@code SENDING} at start — central stopped between sending and marking — is sent again
 * by e-mail under the same Message-ID (the protocol's own idempotency: mail stores and
 * clients fold copies of one Message-ID), and never again by SMS, where SMPP has none: the
 * row becomes {@code UNCERTAIN}, so a visitor may miss one SMS but never receives two.
 */
public final class NoticeSender {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);

    static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofMinutes(30);

    private final Database database;
    private final Clock clock;
    private final Map<ContactChannel, NoticeChannel> channels = new EnumMap<>(ContactChannel.class);
    private final Map<ContactChannel, SendRate> rates = new EnumMap<>(ContactChannel.class);

    private final String unsubscribeBase;

    /** {@code unsubscribeBase}: the public address of the unsubscribe link, which the token completes. */
    public NoticeSender(Database database, Clock clock, List<NoticeChannel> channels, int perMinute,
                        String unsubscribeBase) {
        this.unsubscribeBase = unsubscribeBase;
        this.database = database;
        this.clock = clock;
        for (NoticeChannel channel : channels) {
            this.channels.put(channel.channel(), channel);
            this.rates.put(channel.channel(), new SendRate(clock, perMinute));
        }
    }

    /** At start: what central was sending when it stopped. Returns how many rows it found. */
    public int recover() {
        return database.write(c -> {
            int sms = Sql.update(c, "UPDATE central_notice SET state = 'UNCERTAIN', last_error = ? "
                    + "WHERE state = 'SENDING' AND channel = 'SMS'", "central stopped while sending; not resent");
            int mail = Sql.update(c, "UPDATE central_notice SET state = 'PENDING' "
                    + "WHERE state = 'SENDING' AND channel = 'EMAIL'");
            if (sms + mail > 0) {
                LOG.warn("notices in flight when central stopped: {} SMS left unsent again (uncertain), "
                        + "{} e-mail(s) to send again under their Message-ID", sms, mail);
            }
            return sms + mail;
        });
    }

    /** Sends what is due, within each channel's rate. Returns how many went. */
    public int drain() {
        int sent = 0;
        for (ContactChannel kind : channels.keySet()) {
            while (true) {
                Optional<Claimed> claimed = claim(kind);
                if (claimed.isEmpty()) {
                    break;
                }
                if (claimed.get().moot()) {
                    continue;
                }
                if (!rates.get(kind).tryTake()) {
                    release(claimed.get());
                    break;
                }
                Delivery delivery = channels.get(kind).send(claimed.get().outgoing());
                mark(claimed.get(), delivery);
                if (delivery == Delivery.SENT) {
                    sent++;
                } else if (delivery == Delivery.FAILED) {
                    break;
                }
            }
        }
        return sent;
    }

    private record Claimed(String id, ContactChannel channel, int attempts, Outgoing outgoing, boolean moot) {
    }

    private Optional<Claimed> claim(ContactChannel channel) {
        return database.write(c -> {
            Instant now = clock.instant();
            Optional<Claimed> next = Sql.one(c, """
                    SELECT n.id, n.attempts, n.address, n.subject, n.body, n.kind, b.status, ct.unsubscribe_token
                    FROM central_notice n LEFT JOIN booking b ON b.id = n.booking_id
                    LEFT JOIN central_contact ct ON ct.id = n.contact_id
                    WHERE n.state = 'PENDING' AND n.channel = ? AND n.next_attempt_at <= ?
                    ORDER BY n.next_attempt_at, n.id LIMIT 1""", row -> {
                boolean stillTrue = !"CANCELLATION".equals(row.getString(6))
                        ? BookingStatus.CONFIRMED.name().equals(row.getString(7)) : true;
                return new Claimed(row.getString(1), channel, row.getInt(2) + 1,
                        new Outgoing(row.getString(1), row.getString(3), row.getString(4), row.getString(5),
                                Optional.ofNullable(row.getString(8)).map(t -> unsubscribeBase + t)), !stillTrue);
            }, channel.name(), now.toEpochMilli());
            if (next.isEmpty()) {
                return next;
            }
            if (next.get().moot()) {
                // a confirmation or reminder of a booking cancelled since: there is nothing true to say
                Sql.update(c, "UPDATE central_notice SET state = 'DROPPED' WHERE id = ?", next.get().id());
                return next;
            }
            int taken = Sql.update(c, "UPDATE central_notice SET state = 'SENDING', attempts = attempts + 1 "
                    + "WHERE id = ? AND state = 'PENDING'", next.get().id());
            return taken == 1 ? next : Optional.of(new Claimed(next.get().id(), channel, 0, next.get().outgoing(), true));
        });
    }

    private void release(Claimed claimed) {
        database.write(c -> Sql.update(c, "UPDATE central_notice SET state = 'PENDING', attempts = attempts - 1 "
                + "WHERE id = ? AND state = 'SENDING'", claimed.id()));
    }

    private void mark(Claimed claimed, Delivery delivery) {
        Instant now = clock.instant();
        database.write(c -> switch (delivery) {
            case SENT -> Sql.update(c, "UPDATE central_notice SET state = 'SENT', sent_at = ?, last_error = NULL "
                    + "WHERE id = ?", now.toEpochMilli(), claimed.id());
            case IN_DOUBT -> claimed.channel() == ContactChannel.SMS
                    ? Sql.update(c, "UPDATE central_notice SET state = 'UNCERTAIN', last_error = ? WHERE id = ?",
                            "the SMSC did not confirm submit_sm; not resent", claimed.id())
                    : retry(c, claimed, now, "the mail server did not confirm");
            case FAILED -> retry(c, claimed, now, "not sent");
        });
        LOG.info("notice {} ({}): {}", claimed.id(), claimed.channel(), delivery);
    }

    private static int retry(java.sql.Connection c, Claimed claimed, Instant now, String why)
            throws java.sql.SQLException {
        if (claimed.attempts() >= MAX_ATTEMPTS) {
            return Sql.update(c, "UPDATE central_notice SET state = 'PARKED', last_error = ? WHERE id = ?",
                    why + " after " + claimed.attempts() + " attempts", claimed.id());
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(claimed.attempts() - 1, 10));
        if (delay.compareTo(LAST_RETRY) > 0) {
            delay = LAST_RETRY;
        }
        return Sql.update(c, "UPDATE central_notice SET state = 'PENDING', next_attempt_at = ?, last_error = ? "
                + "WHERE id = ?", now.plus(delay).toEpochMilli(), why, claimed.id());
    }
}
