package fr.borne.kiosk.config;

import fr.borne.sync.local.LocalApiToken;

import fr.borne.config.ConfigFile;
import fr.borne.config.EffectiveConfig;
import fr.borne.config.ProgramConfig;
import fr.borne.device.config.DeviceConfig;
import fr.borne.kiosk.demo.KioskDemo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's options: its command line, and the keys of {@code /etc/borne/kiosk.properties}
 * (the long names without dashes). Out of demo mode the replica, the establishment and the
 * devices file must be given and no device may be simulated; demo mode must be asked for
 * ({@code demo=true}). Free of JavaFX so that {@code borne-ctl check-config} can load it.
 */
public final class KioskOptions {

    public static final String NAME = "borne-kiosk";
    static final Path DEMO_DB = Path.of("var/kiosk.db");
    static final String DEMO_ESTABLISHMENT = "rouen";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", description = "The local SQLite replica (the sync agent's db); in demo mode var/kiosk.db if not set.")
    Path db;

    @Option(names = "--devices", description = "The devices file (scanner, printer, indicator); required out of demo mode, "
            + "where every device is simulated without it.")
    Path devices;

    @Option(names = "--establishment", description = "The establishment this kiosk serves; in demo mode rouen if not set.")
    String establishment;

    @Option(names = "--demo", description = "Demo mode: simulated devices allowed; without a sync agent, the demo data "
            + "is loaded into a new database file; the demo badges panel when the demo module is present.")
    boolean demo;

    @Option(names = "--sync-agent", description = "A sync agent keeps this replica: wait for its first sync, and confirm "
            + "offline only on seats central allotted to this kiosk.")
    boolean syncAgent;

    @Option(names = "--agent-local", description = "The sync agent's local API (loopback), e.g. http://127.0.0.1:18090: "
            + "bookings then take seats from this kiosk's allotment, ask central when none is left, and serve visitors of other establishments.")
    URI agentLocal;

    @Option(names = "--local-token-file", description = "The sync agent's token for its local API, the file the agent "
            + "writes at start (default: beside --db, <db>.agent-token; the agent reads the same option).")
    Path localTokenFile;

    @Option(names = "--windowed", description = "A decorated 1280x800 window that can be closed (development).")
    boolean windowed;

    @Option(names = "--screenshot-tour", description = "Walk the journey on the demo data, save PNGs into this folder, and exit (demo mode).")
    Path tourFolder;

    @Option(names = "--idle-seconds", defaultValue = "60", description = "Seconds without a touch before the warning (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--warning-seconds", defaultValue = "20", description = "Seconds the warning counts down (default: ${DEFAULT-VALUE}).")
    int warningSeconds;

    @Option(names = "--technician-idle-seconds", defaultValue = "120", description = "Seconds without a touch before technician mode leaves by itself (default: ${DEFAULT-VALUE}).")
    int technicianIdleSeconds;

    /** What the kiosk starts with once its options are checked. */
    public record Settings(Path db, String establishment, DeviceConfig devices, Optional<KioskDemo> demo, boolean synced,
                           Optional<URI> agentLocal, Path localTokenFile, boolean windowed, Optional<Path> tourFolder,
                           int idleSeconds, int warningSeconds, int technicianIdleSeconds, GuidanceDevices guidance) {
    }

    /**
     * Checks the options as the kiosk does at start.
     *
     * @throws CommandLine.ParameterException naming the key at fault (ProgramConfig adds the file and line)
     * @throws fr.borne.config.ConfigException when the devices file is wrong, naming key, file and line
     */
    public Settings settings() {
        boolean demoMode = demo || tourFolder != null;
        Optional<KioskDemo> demoModule = KioskDemo.installed();
        if (demoMode && demoModule.isEmpty()) {
            throw invalid(demo ? "--demo" : "--screenshot-tour", demo ? "true" : String.valueOf(tourFolder),
                    "demo mode needs the kiosk-demo module, which the Debian package does not install");
        }
        if (!demoMode) {
            List<String> missing = new ArrayList<>();
            if (db == null) {
                missing.add("--db");
            }
            if (establishment == null) {
                missing.add("--establishment");
            }
            if (devices == null) {
                missing.add("--devices");
            }
            if (!missing.isEmpty()) {
                throw new CommandLine.MissingParameterException(spec.commandLine(),
                        missing.stream().map(name -> (CommandLine.Model.ArgSpec) spec.findOption(name)).toList(),
                        "missing " + missing + " (required out of demo mode)");
            }
        }
        positive("--idle-seconds", idleSeconds);
        positive("--warning-seconds", warningSeconds);
        positive("--technician-idle-seconds", technicianIdleSeconds);
        if (agentLocal != null && !("http".equals(agentLocal.getScheme()) && isLoopback(agentLocal.getHost()))) {
            throw invalid("--agent-local", agentLocal.toString(), "expected http://127.0.0.1:PORT (the agent answers on loopback only)");
        }
        DeviceConfig deviceConfig = devices == null ? DeviceConfig.simulated() : KioskDevices.load(devices, demoMode);
        Path replica = db == null ? DEMO_DB : db;
        return new Settings(replica, establishment == null ? DEMO_ESTABLISHMENT : establishment,
                deviceConfig, demoModule.filter(d -> demoMode), syncAgent || agentLocal != null, Optional.ofNullable(agentLocal),
                localTokenFile != null ? localTokenFile : LocalApiToken.besideReplica(replica), windowed,
                Optional.ofNullable(tourFolder), idleSeconds, warningSeconds, technicianIdleSeconds,
                devices == null ? GuidanceDevices.demo() : KioskDevices.guidance(devices));
    }

    /**
     * The settings the kiosk would start with from this file and where each comes from,
     * followed by the entries of its devices file; for {@code borne-ctl check-config}.
     *
     * @throws fr.borne.config.ConfigException naming the key, the file and the line of what is wrong
     */
    public static List<EffectiveConfig.Setting> checkConfig(ConfigFile file) {
        Kiosk kiosk = new Kiosk();
        KioskOptions options = kiosk.options;
        CommandLine line = ProgramConfig.configure(new CommandLine(kiosk), file);
        CommandLine.ParseResult parsed = ProgramConfig.parse(line, file);
        ProgramConfig.check(file, options::settings);
        List<EffectiveConfig.Setting> settings = new ArrayList<>(EffectiveConfig.of(line.getCommandSpec(), parsed, file));
        if (options.devices != null) {
            ConfigFile devices = ConfigFile.read(options.devices);
            devices.entries().forEach(e -> settings.add(
                    new EffectiveConfig.Setting(e.key(), e.value(), devices.where(e.key()))));
        }
        return settings;
    }

    /** The kiosk's command without its composition root, which needs JavaFX. */
    @Command(name = NAME)
    public static final class Kiosk {
        @picocli.CommandLine.Mixin
        KioskOptions options = new KioskOptions();
    }

    private static boolean isLoopback(String host) {
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }

    private void positive(String option, int value) {
        if (value <= 0) {
            throw invalid(option, Integer.toString(value), "expected 1 second or more");
        }
    }

    private CommandLine.ParameterException invalid(String option, String value, String why) {
        return ProgramConfig.invalid(spec, option, value, why);
    }
}
