package fr.borne.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.allotment.Escrow;
import fr.borne.central.booking.CentralBookings;
import fr.borne.central.booking.OfflineOverrides;
import fr.borne.central.feed.ChangeFeed;
import fr.borne.central.feed.Publisher;
import fr.borne.central.kiosk.KioskRegistry;
import fr.borne.central.movement.Movements;
import fr.borne.central.notice.Contacts;
import fr.borne.central.notice.NoticeOutbox;
import fr.borne.central.session.VisitorSessions;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsSource;
import fr.borne.store.Database;
import fr.borne.sync.SyncJson;

import java.time.Clock;

/** Central's object graph, built once by its composition root (or by a test). */
public record CentralServices(Database database, Clock clock, ObjectMapper json, SettingsSource settings,
                              ChangeFeed feed, Publisher publisher, Escrow escrow, KioskRegistry kiosks,
                              CentralBookings bookings, VisitorSessions sessions, OfflineOverrides overrides,
                              NoticeOutbox notices, Movements movements) {

    /** Where an e-mail's unsubscribe link points when central is not told: its own route, for development. */
    public static final String DEFAULT_UNSUBSCRIBE_BASE = "https://localhost:8443/v1/unsubscribe/";

    public static CentralServices create(Database database, Clock clock) {
        return create(database, clock, DEFAULT_UNSUBSCRIBE_BASE);
    }

    /** {@code unsubscribeBase}: the public address of the e-mails' unsubscribe link, which a token completes. */
    public static CentralServices create(Database database, Clock clock, String unsubscribeBase) {
        ObjectMapper json = SyncJson.mapper();
        SettingsSource settings = LayeredSettings.nationalOnly();
        ChangeFeed feed = new ChangeFeed(json);
        Publisher publisher = new Publisher(feed);
        Escrow escrow = new Escrow(settings, feed);
        VisitorSessions sessions = new VisitorSessions(VisitorSessions.DEFAULT_IDLE);
        NoticeOutbox notices = new NoticeOutbox(new Contacts(), settings, unsubscribeBase);
        CentralBookings bookings = new CentralBookings(database, settings, clock, escrow, publisher, json, sessions,
                notices);
        return new CentralServices(database, clock, json, settings, feed, publisher, escrow, new KioskRegistry(json),
                bookings, sessions, new OfflineOverrides(json), notices, new Movements(publisher, notices));
    }
}
