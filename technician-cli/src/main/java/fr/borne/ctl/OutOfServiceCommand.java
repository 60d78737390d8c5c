package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.KioskState;
import fr.borne.technician.ServiceState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "out-of-service", description = "Take the kiosk out of service (on) or put it back (off).",
        subcommands = {OutOfServiceCommand.On.class, OutOfServiceCommand.Off.class})
final class OutOfServiceCommand {

    @ParentCommand
    BorneCtl ctl;

    @Command(name = "on", description = "Visitors see that the kiosk is out of service, until 'off'.")
    static final class On implements Callable<Integer> {

        @ParentCommand
        OutOfServiceCommand parent;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why, for the other technicians (no names).")
        String reason;

        @Override
        public Integer call() {
            try (Database db = parent.ctl.openDatabase()) {
                ServiceState state = new KioskState(db, parent.ctl.clock).takeOutOfService(parent.ctl.actor(), reason);
                parent.ctl.out().println("The kiosk is now OUT OF SERVICE (" + state.reason().orElse("") + ")."
                        + " The kiosk app shows it within a few seconds; 'borne-ctl out-of-service off' undoes it.");
                return Exit.OK;
            }
        }
    }

    @Command(name = "off", description = "Put the kiosk back in service.")
    static final class Off implements Callable<Integer> {

        @ParentCommand
        OutOfServiceCommand parent;

        @Override
        public Integer call() {
            try (Database db = parent.ctl.openDatabase()) {
                new KioskState(db, parent.ctl.clock).putBackInService(parent.ctl.actor());
                parent.ctl.out().println("The kiosk is back IN SERVICE.");
                return Exit.OK;
            }
        }
    }
}
