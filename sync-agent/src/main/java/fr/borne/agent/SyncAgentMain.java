package fr.borne.agent;

import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.ClientTls;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.config.ConfigFile;
import fr.borne.config.EffectiveConfig;
import fr.borne.config.ProgramConfig;
import fr.borne.agent.push.RowRetry;
import fr.borne.store.SyncRefusalRepository;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.SyncTrouble;
import fr.borne.sync.local.LocalApiToken;
import fr.borne.visitor.BadgeCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The sync agent's composition root and command line: {@code run}, {@code sync-once},
 * {@code status}. Options missing from the command line come from the agent's file named
 * by {@code -Dpicocli.defaults.borne-sync-agent.path} ({@code /etc/borne/sync-agent.properties}
 * when installed; keys are the long option names without dashes, e.g. {@code kiosk-id=rouen-1}),
 * which is how the installed service runs: {@code run} alone. A key the agent does not
 * know, a bad value or a missing required key stops it, naming the key, the file and the line.
 */
@Command(name = SyncAgentMain.NAME, mixinStandardHelpOptions = true,
        subcommands = {SyncAgentMain.Run.class, SyncAgentMain.SyncOnce.class, SyncAgentMain.Status.class},
        description = "Keeps a kiosk's replica in step with the central booking server.")
public final class SyncAgentMain {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgentMain.class);

    public static final String NAME = "borne-sync-agent";

    /**
     * Changes asked per page of the feed: central's largest, so the initial sync of a large
     * establishment takes a few transactions (one fsync each) rather than dozens.
     */
    static final int PAGE_SIZE = 5_000;

    /** Names the file the service's supervisor watches; the daemon touches it while its loop works. */
    static final String HEARTBEAT_FILE_ENV = "BORNE_HEARTBEAT_FILE";
    static final Duration WATCHDOG_EVERY = Duration.ofSeconds(5);

    /** Options every command shares. */
    public static final class Options {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;


        @Option(names = "--db", required = true, description = "the kiosk's SQLite replica")
        Path db;

        @Option(names = "--central", required = true,
                description = "central server base URL, https (with --tls-*) or http on loopback only for development")
        String central;

        @Option(names = "--kiosk-id", required = true, description = "this kiosk's id, as its certificate names it (urn:borne:kiosk:ID)")
        String kioskId;

        @Option(names = "--establishment", required = true, description = "the establishment this kiosk serves")
        String establishment;

        @Option(names = "--tls-cert", description = "kiosk certificate (PEM)")
        Optional<Path> tlsCert;

        @Option(names = "--tls-key", description = "kiosk private key (PKCS#8 PEM)")
        Optional<Path> tlsKey;

        @Option(names = "--tls-ca", description = "authority of central's certificate (PEM)")
        Optional<Path> tlsCa;

        @Option(names = "--allotment", defaultValue = "2", description = "free seats to hold per open round")
        int allotment;

        @Option(names = "--local-port", defaultValue = "18090",
                description = "port of the kiosk app's API on 127.0.0.1 (run only; 0: any free port, -1: none)")
        int localPort;

        @Option(names = "--online-wait", defaultValue = "4",
                description = "seconds the kiosk app waits for central at most on an online question")
        int onlineWaitSeconds;

        /** Refuses values the agent cannot run with, naming the key (and the file line, through ProgramConfig). */
        void validate() {
            if (!central.startsWith("https://") && !central.startsWith("http://")) {
                throw invalid("--central", central, "expected an https:// (or, for development, http://) URL");
            }
            if (central.startsWith("https://")) {
                Map<String, Optional<Path>> files = new java.util.LinkedHashMap<>();
                files.put("--tls-cert", tlsCert);
                files.put("--tls-key", tlsKey);
                files.put("--tls-ca", tlsCa);
                files.forEach((option, file) -> {
                    if (file.isEmpty()) {
                        throw invalid("--central", central, "an https central needs tls-cert, tls-key and tls-ca; "
                                + option.substring(2) + " is not set");
                    }
                });
                files.forEach((option, file) -> {
                    if (!Files.isRegularFile(file.get())) {
                        throw invalid(option, file.get().toString(), "no such file");
                    }
                });
            }
            if (allotment < 0) {
                throw invalid("--allotment", Integer.toString(allotment), "expected 0 or more seats");
            }
            if (localPort < -1 || localPort > 65_535) {
                throw invalid("--local-port", Integer.toString(localPort), "expected a port, 0 (any) or -1 (none)");
            }
            if (onlineWaitSeconds < 1) {
                throw invalid("--online-wait", Integer.toString(onlineWaitSeconds), "expected 1 second or more");
            }
        }

        private CommandLine.ParameterException invalid(String option, String value, String why) {
            return ProgramConfig.invalid(spec, option, value, why);
        }

        @Option(names = "--local-token-file",
                description = "where the kiosk app's API token is written at start, mode 0640 (default: beside --db, "
                        + "<db>.agent-token); the kiosk app reads the same option")
        Optional<Path> localTokenFile;

        @Option(names = "--local-token-group",
                description = "group given the token file, e.g. the kiosk app's user's group (default: the agent's)")
        Optional<String> localTokenGroup;

        @Option(names = "--outbox-flag-after", defaultValue = "5",
                description = "server errors in a row after which an outbox row is flagged to technicians and central")
        int outboxFlagAfter;

        AgentConfig config() throws IOException {
            validate();
            Optional<ClientTls> tls = Optional.empty();
            if (central.startsWith("https://")) {
                tls = Optional.of(ClientTls.fromPem(tlsCert.get(), tlsKey.get(), tlsCa.get()));
            }
            RowRetry defaults = RowRetry.defaults();
            return new AgentConfig(db, ClientSettings.defaults(central, kioskId, tls), kioskId, establishment,
                    allotment, PAGE_SIZE, SyncAgent.Periods.defaults())
                    .withRowRetry(new RowRetry(Math.max(1, outboxFlagAfter), defaults.first(), defaults.max()));
        }

        /** The daemon's: with the local API unless disabled, and the watchdog file if one is named. */
        AgentConfig daemonConfig(Optional<String> heartbeatFile) throws IOException {
            AgentConfig config = localPort < 0 ? config()
                    : config().withLocalApi(localPort, Duration.ofSeconds(Math.max(1, onlineWaitSeconds)),
                    localTokenFile.orElseGet(() -> LocalApiToken.besideReplica(db)), localTokenGroup);
            return heartbeatFile.filter(name -> !name.isBlank())
                    .map(name -> config.withWatchdog(Path.of(name), WATCHDOG_EVERY))
                    .orElse(config);
        }
    }

    @Command(name = "run", description = "run as a daemon until stopped")
    static final class Run implements Callable<Integer> {
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            BadgeCode.loadAtStart(false);
            AgentAssembly assembly = new AgentAssembly(
                    options.daemonConfig(Optional.ofNullable(System.getenv(HEARTBEAT_FILE_ENV))), Clock.systemUTC());
            Optional<Integer> localPort = assembly.startLocalApi();
            LOG.info("sync agent {} of {} started: central {}, kiosk app's API {}", options.kioskId,
                    options.establishment, options.central,
                    localPort.map(port -> "on 127.0.0.1:" + port).orElse("off"));
            Thread loop = new Thread(assembly.agent(), "sync-agent");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                assembly.agent().stop();
                try {
                    loop.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assembly.close();
            }));
            loop.start();
            loop.join();
            return 0;
        }
    }

    @Command(name = "sync-once", description = "push, pull, keep allotments, deliver the audit log and report once")
    static final class SyncOnce implements Callable<Integer> {
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            try (AgentAssembly assembly = new AgentAssembly(options.config(), Clock.systemUTC())) {
                SyncAgent.SyncReport report = assembly.agent().syncOnce();
                System.out.printf("pushed %d, refused %d, pulled %d changes, %s%s%n", report.push().sent(),
                        report.push().rejected(), report.pull().changes(),
                        report.reachedCentral() ? "in step with central" : "central not reached",
                        report.auditDelivered() ? "" : ", audit log not delivered");
                return report.reachedCentral() ? 0 : 3;
            }
        }
    }

    @Command(name = "status", description = "what the replica holds and what waits to be pushed")
    static final class Status implements Callable<Integer> {
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            try (AgentAssembly assembly = new AgentAssembly(options.config(), Clock.systemUTC())) {
                Heartbeat state = assembly.heartbeat().current();
                String cursor = assembly.database().read(FeedPuller::cursor);
                int refusals = assembly.database().read(c -> new SyncRefusalRepository(c).count());
                System.out.printf("cursor %s, last caught up %s, %d waiting in the outbox, %d refused by central%s%n",
                        cursor.isEmpty() ? "(none)" : cursor, state.lastSync() == null ? "never" : state.lastSync(),
                        state.queueDepth(), refusals, Boolean.TRUE.equals(state.outOfService()) ? ", out of service" : "");
                SyncTrouble trouble = state.trouble();
                if (trouble != null && trouble.any()) {
                    System.out.printf("parked: %d feed change(s), %d outbox row(s); %d row(s) central keeps failing on;"
                            + " last: %s%n", trouble.parkedChanges(), trouble.parkedOutbox(), trouble.stuckOutbox(),
                            trouble.lastReason());
                }
                return 0;
            }
        }
    }

    /**
     * The settings {@code run} would start with and where each comes from, once checked as at
     * start; for {@code borne-ctl check-config}.
     *
     * @throws fr.borne.config.ConfigException naming the key, the file and the line of what is wrong
     */
    public static List<EffectiveConfig.Setting> checkConfig(ConfigFile file) {
        CommandLine line = ProgramConfig.configure(new CommandLine(new SyncAgentMain()), file);
        CommandLine.ParseResult run = ProgramConfig.parse(line, file, "run").subcommand();
        ProgramConfig.check(file, () -> ((Run) run.commandSpec().userObject()).options.validate());
        return EffectiveConfig.of(run.commandSpec(), run, file);
    }

    public static void main(String[] args) {
        System.exit(ProgramConfig.execute(new CommandLine(new SyncAgentMain()), NAME, args));
    }
}
