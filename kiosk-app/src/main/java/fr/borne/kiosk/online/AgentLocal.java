package fr.borne.kiosk.online;

import fr.borne.sync.BookingAnswer;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteVisitor;

import java.util.UUID;

/**
 * The few questions the kiosk app asks online, through its sync agent (never central
 * itself): a booking from central's pool when this kiosk's allotment is used up, and the
 * visitors of other establishments (B11).
 */
public interface AgentLocal {

    Online<AgentStatus> status();

    /** A badge the replica does not know, looked up at central by the hash of its code. */
    Online<RemoteVisitor> badge(String codeHash);

    Online<RemoteAvailability> availability(String visitorId, String detaineeId);

    /** The visitor of another establishment has left: central closes their session, which then books nothing more. */
    Online<Void> endRemoteSession();

    /** Central decides; a retry must send the very same record. */
    /** T4: the visitor's contact for central's notices; the agent passes it on and keeps no copy. */
    default Online<Void> leaveContact(fr.borne.sync.local.OnlineContact contact) {
        return new Online.Offline<>();
    }

    Online<BookingAnswer> book(OnlineBooking request);

    Online<BookingAnswer> changeVisitors(UUID bookingId, OnlineChange request);

    Online<BookingAnswer> cancel(UUID bookingId, OnlineCancel request);
}
