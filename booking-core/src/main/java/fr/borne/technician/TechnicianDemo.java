package fr.borne.technician;

import fr.borne.store.Database;

import java.time.Clock;

/** The demo technician: badge {@value #BADGE}, PIN {@value #PIN}, for demos and laptops only. */
public final class TechnicianDemo {

    public static final String TECHNICIAN_ID = "tech-demo";
    public static final String BADGE = "TECH-0001";
    public static final String PIN = "4321";

    private TechnicianDemo() {
    }

    /** Enrols the demo technician unless already there; safe to call at every start of a demo. */
    public static void enrol(Database database, Clock clock) {
        TechnicianAccounts accounts = new TechnicianAccounts(database, clock);
        if (accounts.find(TECHNICIAN_ID).isEmpty()) {
            accounts.enrol(TECHNICIAN_ID, BADGE, PIN, "demo");
        }
    }
}
