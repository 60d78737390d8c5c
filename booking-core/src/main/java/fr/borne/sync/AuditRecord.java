package fr.borne.sync;

import java.time.Instant;

/**
 * One technician action as a kiosk reports it to central: ids and words only, never a
 * visitor's or detainee's name nor a badge code.
 *
 * @param id           the entry's number in the kiosk's own audit log; with the kiosk id, its
 *                     key at central, so delivering it twice stores it once
 * @param technicianId who acted (a technician account id)
 * @param action       what was done, a {@code TechnicianAction} name
 * @param detail       the kiosk's words for it
 * @param at           when, by the kiosk's clock
 */
public record AuditRecord(long id, String technicianId, String action, String detail, Instant at) {
}
