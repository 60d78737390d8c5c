package fr.borne.central.movement;

import fr.borne.booking.BookingStatus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** B14: a detainee transferred to another establishment, or released, from a date. */
public record Movement(String detaineeId, Kind kind, LocalDate effectiveDate, Optional<String> toEstablishmentId) {

    public enum Kind {
        TRANSFER(BookingStatus.CANCELLED_BY_TRANSFER),
        RELEASE(BookingStatus.CANCELLED_BY_RELEASE);

        private final BookingStatus cancels;

        Kind(BookingStatus cancels) {
            this.cancels = cancels;
        }

        /** The status of the bookings it cancels. */
        public BookingStatus cancels() {
            return cancels;
        }
    }

    public Movement {
        Objects.requireNonNull(detaineeId, "detaineeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(toEstablishmentId, "toEstablishmentId");
        if ((kind == Kind.TRANSFER) != toEstablishmentId.isPresent()) {
            throw new IllegalArgumentException("a transfer names the establishment it goes to, a release none");
        }
    }

    public static Movement transfer(String detaineeId, String toEstablishmentId, LocalDate from) {
        return new Movement(detaineeId, Kind.TRANSFER, from, Optional.of(toEstablishmentId));
    }

    public static Movement release(String detaineeId, LocalDate from) {
        return new Movement(detaineeId, Kind.RELEASE, from, Optional.empty());
    }
}
