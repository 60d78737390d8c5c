package fr.borne.kiosk.booking;

import fr.borne.booking.RoundAvailability;
import fr.borne.detainee.Detainee;
import fr.borne.visitor.Visitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the visitor has chosen so far in the booking screens. */
public final class BookingDraft {

    private Detainee detainee;
    private LocalDate date;
    private RoundAvailability round;
    private List<Visitor> visitors = List.of();
    private RoundAvailability second;
    private boolean fromCentralPool;

    public Detainee detainee() {
        return detainee;
    }

    void detainee(Detainee chosen) {
        this.detainee = chosen;
    }

    public LocalDate date() {
        return date;
    }

    void date(LocalDate chosen) {
        this.date = chosen;
    }

    public Optional<RoundAvailability> round() {
        return Optional.ofNullable(round);
    }

    void round(RoundAvailability chosen) {
        this.round = chosen;
    }

    /** The following round of a double visit (B8), when one was chosen. */
    public Optional<RoundAvailability> second() {
        return Optional.ofNullable(second);
    }

    void second(RoundAvailability following) {
        this.second = following;
    }

    /** Whether the seat must come from central's pool: this kiosk's allotment of the round is used up. */
    public boolean fromCentralPool() {
        return fromCentralPool;
    }

    void fromCentralPool(boolean pool) {
        this.fromCentralPool = pool;
    }

    public List<Visitor> visitors() {
        return visitors;
    }

    void visitors(List<Visitor> chosen) {
        this.visitors = List.copyOf(chosen);
    }
}
