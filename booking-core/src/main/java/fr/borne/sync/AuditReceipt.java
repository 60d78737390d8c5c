package fr.borne.sync;

/**
 * Central's acknowledgement of an {@link AuditBatch}: every entry received is kept, so the
 * kiosk may mark them all delivered.
 *
 * @param received entries in the batch
 * @param stored   entries central did not hold yet (the others were delivered before)
 */
public record AuditReceipt(String kioskId, int received, int stored) {
}
