package fr.borne.booking;

public enum BookingStatus {
    CONFIRMED,
    /** cancelled by a visitor named in it (B4) */
    CANCELLED,
    /** cancelled by the establishment because the round was closed (B12); the visitor is told */
    CANCELLED_BY_CLOSURE,
    /** cancelled by central because the detainee is transferred to another establishment (B14) */
    CANCELLED_BY_TRANSFER,
    /** cancelled by central because the detainee is released (B14) */
    CANCELLED_BY_RELEASE;

    public boolean isActive() {
        return this == CONFIRMED;
    }

    /** Cancelled by the establishment, not by a visitor: the visitor is told why (B12, B14). */
    public boolean cancelledByEstablishment() {
        return this == CANCELLED_BY_CLOSURE || this == CANCELLED_BY_TRANSFER || this == CANCELLED_BY_RELEASE;
    }
}
