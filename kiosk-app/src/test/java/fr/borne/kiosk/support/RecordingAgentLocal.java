package fr.borne.kiosk.support;

import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.online.Online;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteVisitor;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The real agent's client, counting the calls that close a remote visitor's session. */
public final class RecordingAgentLocal implements AgentLocal {

    private final AgentLocal agent;
    private final AtomicInteger sessionsEnded = new AtomicInteger();

    public RecordingAgentLocal(AgentLocal agent) {
        this.agent = agent;
    }

    public int sessionsEnded() {
        return sessionsEnded.get();
    }

    @Override
    public Online<Void> endRemoteSession() {
        sessionsEnded.incrementAndGet();
        return agent.endRemoteSession();
    }

    @Override
    public Online<AgentStatus> status() {
        return agent.status();
    }

    @Override
    public Online<RemoteVisitor> badge(String codeHash) {
        return agent.badge(codeHash);
    }

    @Override
    public Online<RemoteAvailability> availability(String visitorId, String detaineeId) {
        return agent.availability(visitorId, detaineeId);
    }

    @Override
    public Online<BookingAnswer> book(OnlineBooking request) {
        return agent.book(request);
    }

    @Override
    public Online<BookingAnswer> changeVisitors(UUID bookingId, OnlineChange request) {
        return agent.changeVisitors(bookingId, request);
    }

    @Override
    public Online<BookingAnswer> cancel(UUID bookingId, OnlineCancel request) {
        return agent.cancel(bookingId, request);
    }
}
