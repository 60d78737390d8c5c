package fr.borne.ctl;

import fr.borne.device.config.DeviceConfig;
import fr.borne.device.config.DeviceConfigException;
import fr.borne.store.Database;
import fr.borne.store.StoreException;
import fr.borne.technician.AuditLog;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code borne-ctl}: what a technician does on a kiosk over SSH. The composition root of
 * the command: it holds the options every command shares and opens the database and the
 * devices for them. Every command leaves an entry in the audit log.
 */
@Command(name = "borne-ctl", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Diagnose and repair a Borne kiosk.",
        subcommands = {StatusCommand.class, DeviceCommand.class, SyncNowCommand.class, OutOfServiceCommand.class,
                DiagnosticsCommand.class, BackupCommand.class, TechnicianCommand.class,
                CheckConfigCommand.class, MigrateCommand.class, ParkedCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, nothing wrong found",
                "1:the command ran and found a problem (see the message)",
                "2:wrong command line",
                "3:the database or the device configuration cannot be opened",
                "4:nothing happened in time (no scan, the sync agent did not react)"})
public final class BorneCtl {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The kiosk's database (default: ${DEFAULT-VALUE}).")
    Path database = Path.of("/var/lib/borne/borne.db");

    @Option(names = "--devices", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The device configuration (default: ${DEFAULT-VALUE}).")
    Path devices = Path.of("/etc/borne/devices.properties");

    @Option(names = "--logs", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of Borne's log files for diagnostics (default: ${DEFAULT-VALUE}).")
    Path logs = Path.of("/var/log/borne");

    @Option(names = "--technician", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "Your technician id, for the audit log (default: ssh:<login>).")
    Optional<String> technician = Optional.empty();

    final Clock clock;
    private final Map<String, String> environment;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public BorneCtl(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        System.exit(commandLine(Clock.systemUTC(), System.getenv()).execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine(Clock clock, Map<String, String> environment) {
        CommandLine line = new CommandLine(new BorneCtl(clock, environment));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CtlException failure) {
                cmd.getErr().println(failure.getMessage());
                return failure.exitCode();
            }
            throw e;
        });
        line.setExitCodeExceptionMapper(e -> Exit.USAGE);
        return line;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Who acts, for the audit log: the --technician id, else the SSH login (the sudo caller if run through sudo). */
    String actor() {
        return technician.orElseGet(() -> "ssh:" + Optional.ofNullable(environment.get("SUDO_USER"))
                .or(() -> Optional.ofNullable(environment.get("USER")))
                .orElse(System.getProperty("user.name")));
    }

    /** Opens the existing database; never creates one where none is. */
    Database openDatabase() {
        if (!Files.exists(database)) {
            throw new CtlException(Exit.UNAVAILABLE, "No database at " + database
                    + ". Check the path (--db) or start the kiosk once so that it creates it.");
        }
        if (!Files.isReadable(database) || !Files.isWritable(database)) {
            throw new CtlException(Exit.UNAVAILABLE, "Cannot open " + database + " as user "
                    + System.getProperty("user.name") + ". Run borne-ctl as the sync agent's user: sudo -u borne-agent borne-ctl …");
        }
        try {
            return Database.open(database);
        } catch (StoreException e) {
            throw new CtlException(Exit.UNAVAILABLE, "Cannot open the database " + database + ": " + e.getMessage());
        }
    }

    DeviceConfig deviceConfig() {
        if (!Files.exists(devices)) {
            throw new CtlException(Exit.UNAVAILABLE, "No device configuration at " + devices + ". Pass --devices FILE.");
        }
        try {
            return DeviceConfig.load(devices);
        } catch (DeviceConfigException e) {
            throw new CtlException(Exit.UNAVAILABLE, "The device configuration " + devices + " is wrong: "
                    + e.getMessage());
        }
    }

    void audit(Database db, TechnicianAction action, String detail) {
        new AuditLog(db, clock).record(actor(), action, detail);
    }
}
