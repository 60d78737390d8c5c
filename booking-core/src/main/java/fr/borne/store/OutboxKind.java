package fr.borne.store;

/** What the sync agent must tell the central server about a booking. */
public enum OutboxKind {
    CREATE,
    CHANGE_VISITORS,
    CANCEL
}
