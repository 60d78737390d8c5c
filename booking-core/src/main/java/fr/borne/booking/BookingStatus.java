package fr.borne.booking;

public enum BookingStatus {
    CONFIRMED,
    /** cancelled by a visitor named in it (B4) */
    CANCELLED,
    /** cancelled by the establishment because the round was closed (B12); the visitor is told */
    CANCELLED_BY_CLOSURE;

    public boolean isActive() {
        return this == CONFIRMED;
    }
}
