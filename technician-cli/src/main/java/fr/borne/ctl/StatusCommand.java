package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.KioskState;
import fr.borne.technician.ServiceState;
import fr.borne.technician.StoreHealth;
import fr.borne.technician.SyncSnapshot;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Out-of-service state, outbox, last sync, database check and versions.")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    BorneCtl ctl;

    @Override
    public Integer call() {
        try (Database db = ctl.openDatabase()) {
            PrintWriter out = ctl.out();
            StoreHealth health = new StoreHealth(db);
            ServiceState state = new KioskState(db, ctl.clock).current();
            Instant now = ctl.clock.instant();
            out.println("Kiosk:      " + (state.outOfService()
                    ? "OUT OF SERVICE since " + state.since().map(Instant::toString).orElse("?") + " by "
                    + state.changedBy().orElse("?") + ": " + state.reason().orElse("")
                    : "in service"));
            String check = health.quickCheck();
            out.println("Database:   " + ctl.database + ", check " + check + ", schema "
                    + health.schemaVersion().orElse("none") + ", SQLite " + health.sqliteVersion());
            int outbox = health.outboxDepth();
            out.println("Outbox:     " + (outbox == 0 ? "empty, everything sent" : outbox + " change(s) waiting to be sent"));
            SyncSnapshot sync = health.sync();
            out.println("Last sync:  " + sync.lastCaughtUp().map(t -> t + " (" + ago(t, now) + " ago)")
                    .orElse("never: the sync agent has not caught up with central yet"));
            if (sync.refusals() > 0) {
                out.println("Refused:    " + sync.refusals() + " change(s) refused by central");
            }
            if (sync.openRequests() > 0) {
                out.println("Sync now:   " + sync.openRequests() + " request(s) not yet handled by the sync agent");
            }
            for (Map.Entry<String, String> row : sync.status().entrySet()) {
                out.println("  " + row.getKey() + ": " + row.getValue());
            }
            StringBuilder versions = new StringBuilder();
            Versions.own().forEach((k, v) -> versions.append(k).append(' ').append(v).append(", "));
            out.println("Versions:   " + versions.substring(0, versions.length() - 2));
            ctl.audit(db, TechnicianAction.STATUS, "status read, database check " + (check.equals("ok") ? "ok" : "FAILED"));
            if (!check.equals("ok")) {
                out.println("The database check failed: take a backup (borne-ctl backup --out FILE), "
                        + "send a diagnostics bundle to support and keep the kiosk out of service.");
                return Exit.PROBLEM;
            }
            return Exit.OK;
        }
    }

    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            return "0 min";
        }
        if (d.toHours() >= 48) {
            return d.toDays() + " days";
        }
        if (d.toMinutes() >= 120) {
            return d.toHours() + " h";
        }
        return d.toMinutes() + " min";
    }
}
