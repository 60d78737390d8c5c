package fr.borne.store;

/** Where an outbox row stands: waiting to be pushed, accepted by central, or refused by it. */
public enum OutboxState {
    PENDING,
    SENT,
    REJECTED
}
