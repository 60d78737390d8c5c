package fr.borne.booking;

/** Where a booking was made. */
public enum Channel {
    KIOSK,
    PORTAL,
    PHONE
}
