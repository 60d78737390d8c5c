package fr.borne.sync.local;

import fr.borne.visitor.Visitor;

import java.util.List;

/**
 * {@code GET /local/v1/remote/badges/{codeHash}}: a badge this kiosk's replica does not
 * know, as central knows it across establishments (B11). Only what this visitor needs for
 * this session: their permits (each with its detainee, establishment and possible
 * companions) and their upcoming bookings. {@code visitor} is null unless the badge is
 * {@link BadgeState#KNOWN}. The kiosk keeps it for the session only.
 */
public record RemoteVisitor(BadgeState badge, Visitor visitor, List<RemotePermit> permits,
                            List<RemoteBooking> bookings) {

    public RemoteVisitor {
        permits = permits == null ? List.of() : List.copyOf(permits);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    public static RemoteVisitor notKnown(BadgeState state) {
        return new RemoteVisitor(state, null, List.of(), List.of());
    }
}
