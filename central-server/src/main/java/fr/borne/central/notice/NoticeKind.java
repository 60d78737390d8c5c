package fr.borne.central.notice;

/** What a notice tells: a booking made, the visit tomorrow, or a booking the establishment cancelled. */
public enum NoticeKind {
    CONFIRMATION,
    REMINDER,
    CANCELLATION
}
