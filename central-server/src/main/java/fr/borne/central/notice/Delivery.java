package fr.borne.central.notice;

/**
 * What a channel knows after trying to send. {@code IN_DOUBT}: the message may have gone
 * (the server took it but did not confirm); such an SMS is never sent again.
 */
public enum Delivery {
    SENT,
    FAILED,
    IN_DOUBT
}
