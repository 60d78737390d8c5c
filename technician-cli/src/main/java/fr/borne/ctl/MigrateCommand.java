package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.StoreHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/**
 * Brings the database's schema to this version's, as the programs do when they open it.
 * The package runs it right after its backup on an upgrade, so that a failed migration is
 * seen there and the backup put back; it changes no data of its own, so leaves no audit entry.
 */
@Command(name = "migrate", description = "Bring the database's schema to this version (the package runs it on upgrade).")
final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    BorneCtl ctl;

    @Override
    public Integer call() {
        try (Database db = ctl.openDatabase()) {
            StoreHealth health = new StoreHealth(db);
            String check = health.quickCheck();
            ctl.out().println("Database " + ctl.database + ": schema " + health.schemaVersion().orElse("none")
                    + ", check " + check);
            return "ok".equals(check) ? Exit.OK : Exit.PROBLEM;
        }
    }
}
