package fr.borne.kiosk.technician;

import fr.borne.store.Database;
import fr.borne.technician.AuditLog;
import fr.borne.technician.KioskState;
import fr.borne.technician.StoreHealth;
import fr.borne.technician.SyncNowRequests;
import fr.borne.technician.TechnicianAccess;

import java.time.Clock;

/**
 * What technician mode works with, all on the kiosk's local database: badge and PIN checks,
 * the out-of-service switch, the audit log, the store's health, "sync now" requests and the
 * sync agent's tables.
 */
public record TechnicianServices(TechnicianAccess access, KioskState state, AuditLog audit, StoreHealth health,
                                 SyncNowRequests syncNow, SyncFacts syncFacts, Clock clock) {

    public static TechnicianServices of(Database database, Clock clock) {
        return new TechnicianServices(new TechnicianAccess(database, clock), new KioskState(database, clock),
                new AuditLog(database, clock), new StoreHealth(database), new SyncNowRequests(database, clock),
                new SyncFacts(database), clock);
    }
}
