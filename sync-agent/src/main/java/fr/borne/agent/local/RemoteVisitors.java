package fr.borne.agent.local;

import fr.borne.agent.client.CentralClient;
import fr.borne.booking.Reason;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteVisitor;

/**
 * B11: a visitor of another establishment, asked of central and handed to the kiosk app
 * as is. Nothing of it is written to the replica or logged: it lives in the kiosk app's
 * session only.
 */
public final class RemoteVisitors {

    private final CentralClient central;

    public RemoteVisitors(CentralClient central) {
        this.central = central;
    }

    /** T4: a visitor's contact, passed to central as is and kept nowhere here. */
    OnlineReply<Void> contact(fr.borne.sync.local.OnlineContact contact) {
        return OnlineReply.of(central.contact(contact), Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }

    OnlineReply<RemoteVisitor> badge(String codeHash) {
        return OnlineReply.of(central.remoteBadge(codeHash), Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }

    /** The visitor has left the kiosk: central closes their session, which then books nothing more. */
    OnlineReply<Void> endSession() {
        return OnlineReply.of(central.endRemoteSession(), Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }

    OnlineReply<RemoteAvailability> availability(String visitorId, String detaineeId) {
        return OnlineReply.of(central.remoteAvailability(detaineeId, visitorId), Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }
}
