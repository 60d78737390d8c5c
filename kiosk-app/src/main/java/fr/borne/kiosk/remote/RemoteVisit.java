package fr.borne.kiosk.remote;

import fr.borne.kiosk.online.AgentLocal;
import fr.borne.sync.local.RemoteVisitor;

import java.time.Clock;

/** A visitor of another establishment for one session: what central said of them, and how to book there (B11). */
public record RemoteVisit(RemoteDirectory directory, RemoteBookings bookings) {

    public static RemoteVisit of(RemoteVisitor found, AgentLocal agent, Clock clock) {
        RemoteDirectory directory = new RemoteDirectory(found, clock);
        return new RemoteVisit(directory, new RemoteBookings(agent, directory, clock));
    }
}
