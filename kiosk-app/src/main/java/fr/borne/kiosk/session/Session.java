package fr.borne.kiosk.session;

import fr.borne.booking.BookingService;
import fr.borne.booking.SeatHold;
import fr.borne.kiosk.remote.RemoteVisit;
import fr.borne.visitor.Visitor;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The visitor at the screen now, and the seat held for them while they finish booking.
 * A visitor of another establishment comes with what central said of them (B11), kept
 * here and nowhere else. Nothing personal outlives {@link #clear()}.
 */
public final class Session {

    private final BookingService bookings;
    private final Executor writes;
    private Visitor visitor;
    private SeatHold hold;
    private RemoteVisit remote;
    private String detaineeInQuestion;
    private boolean contactOffered;

    /** @param writes where a held seat is given back: a write, never on the screen's thread */
    public Session(BookingService bookings, Executor writes) {
        this.bookings = bookings;
        this.writes = writes;
    }

    public Optional<Visitor> visitor() {
        return Optional.ofNullable(visitor);
    }

    /** The visitor of the session; screens past the attract screen always have one. */
    public Visitor requireVisitor() {
        return visitor().orElseThrow(() -> new IllegalStateException("no visitor in session"));
    }

    public void begin(Visitor newVisitor) {
        clear();
        this.visitor = newVisitor;
    }

    /** A visitor the replica does not know, as central knows them: their data lives in this session only. */
    public void beginRemote(RemoteVisit visit) {
        clear();
        this.visitor = visit.directory().visitor();
        this.remote = visit;
    }

    public Optional<RemoteVisit> remote() {
        return Optional.ofNullable(remote);
    }

    /** The detainee the visitor is booking for or changing a visit of: their establishment's phone line is the one to call. */
    public void concerns(String detaineeId) {
        this.detaineeInQuestion = detaineeId;
    }

    public Optional<String> detaineeInQuestion() {
        return Optional.ofNullable(detaineeInQuestion);
    }

    public Optional<SeatHold> hold() {
        return Optional.ofNullable(hold);
    }

    /** Keeps this seat, giving back any other one held before. */
    public void keep(SeatHold newHold) {
        releaseHold();
        this.hold = newHold;
    }

    /** The held seat became a booking: nothing to give back any more. */
    public void holdUsed() {
        this.hold = null;
    }

    public void releaseHold() {
        if (hold != null && remote == null) {
            UUID id = hold.id();
            writes.execute(() -> bookings.release(id));
        }
        hold = null;
    }

    public boolean active() {
        return visitor != null;
    }

    public void clear() {
        releaseHold();
        visitor = null;
        remote = null;
        detaineeInQuestion = null;
        contactOffered = false;
    }

    /** T4: the opt-in for notices is offered once a session; true the first time only. */
    public boolean offerContactOnce() {
        if (contactOffered) {
            return false;
        }
        contactOffered = true;
        return true;
    }
}
