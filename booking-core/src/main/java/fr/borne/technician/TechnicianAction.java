package fr.borne.technician;

/** What a technician did, as written to the audit log and pushed to central. */
public enum TechnicianAction {
    SIGN_IN,
    SIGN_IN_REFUSED,
    LOCKED_OUT,
    SIGN_OUT,
    ENROL,
    REMOVE,
    LIST_TECHNICIANS,
    STATUS,
    DEVICE_TEST,
    SYNC_NOW,
    SYNC_RETRY,
    OUT_OF_SERVICE_ON,
    OUT_OF_SERVICE_OFF,
    DIAGNOSTICS,
    BACKUP
}
