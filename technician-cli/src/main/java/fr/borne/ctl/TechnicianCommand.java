package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.EnrolResult;
import fr.borne.technician.Technician;
import fr.borne.technician.TechnicianAccounts;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "technician", description = "Enrol, list and remove the technicians who may open technician mode.",
        subcommands = {TechnicianCommand.Enrol.class, TechnicianCommand.ListAll.class, TechnicianCommand.Remove.class})
final class TechnicianCommand {

    @ParentCommand
    BorneCtl ctl;

    @Command(name = "enrol", description = "Enrol a technician, or give one a new badge and PIN (this also lifts "
            + "a lock-out). Leave --badge and --pin without a value to type them unseen.")
    static final class Enrol implements Callable<Integer> {

        @ParentCommand
        TechnicianCommand parent;

        @Option(names = "--id", required = true, paramLabel = "ID",
                description = "An employee number or other id, not a name.")
        String id;

        @Option(names = "--badge", required = true, interactive = true, arity = "0..1", paramLabel = "CODE",
                description = "The technician badge's code.")
        String badge;

        @Option(names = "--pin", required = true, interactive = true, arity = "0..1", paramLabel = "PIN",
                description = "4 to 8 digits.")
        String pin;

        @Override
        public Integer call() {
            BorneCtl ctl = parent.ctl;
            try (Database db = ctl.openDatabase()) {
                EnrolResult result = new TechnicianAccounts(db, ctl.clock).enrol(id, badge, pin, ctl.actor());
                if (result instanceof EnrolResult.Enrolled enrolled) {
                    ctl.out().println(enrolled.replaced()
                            ? "Technician " + id + " has a new badge and PIN (any lock-out is lifted)."
                            : "Technician " + id + " enrolled: scan the badge on the kiosk and type the PIN to "
                            + "open technician mode.");
                    return Exit.OK;
                }
                ctl.out().println("Not enrolled: " + ((EnrolResult.Rejected) result).message());
                ctl.audit(db, TechnicianAction.ENROL, "enrolment refused");
                return Exit.PROBLEM;
            }
        }
    }

    @Command(name = "list", description = "List the enrolled technicians and any lock-out.")
    static final class ListAll implements Callable<Integer> {

        @ParentCommand
        TechnicianCommand parent;

        @Override
        public Integer call() {
            BorneCtl ctl = parent.ctl;
            try (Database db = ctl.openDatabase()) {
                List<Technician> all = new TechnicianAccounts(db, ctl.clock).list();
                Instant now = ctl.clock.instant();
                if (all.isEmpty()) {
                    ctl.out().println("No technician enrolled: borne-ctl technician enrol --id ID --badge --pin");
                }
                for (Technician t : all) {
                    ctl.out().println(t.id() + "  enrolled " + t.enrolledAt()
                            + t.lockedUntil().filter(now::isBefore).map(u -> "  LOCKED until " + u).orElse(""));
                }
                ctl.audit(db, TechnicianAction.LIST_TECHNICIANS, "listed " + all.size() + " technician(s)");
                return Exit.OK;
            }
        }
    }

    @Command(name = "remove", description = "Remove a technician (a lost badge, someone who left).")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        TechnicianCommand parent;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            BorneCtl ctl = parent.ctl;
            try (Database db = ctl.openDatabase()) {
                if (new TechnicianAccounts(db, ctl.clock).remove(id, ctl.actor())) {
                    ctl.out().println("Technician " + id + " removed: the badge no longer opens technician mode.");
                    return Exit.OK;
                }
                ctl.out().println("No technician " + id + ": see borne-ctl technician list.");
                ctl.audit(db, TechnicianAction.REMOVE, "removal refused: no such technician");
                return Exit.PROBLEM;
            }
        }
    }
}
