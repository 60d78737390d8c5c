package fr.borne.sync.local;

/** What central found for a badge no replica of this kiosk knows (P5). */
public enum BadgeState {
    KNOWN,
    REVOKED,
    UNKNOWN
}
