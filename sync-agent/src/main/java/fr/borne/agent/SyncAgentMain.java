package fr.borne.agent;

import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.ClientTls;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.RowRetry;
import fr.borne.store.Sql;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.SyncTrouble;
import fr.borne.sync.local.LocalApiToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The sync agent's composition root and command line: {@code run}, {@code sync-once},
 * {@code status}. Options missing from the command line come from the properties file
 * named by {@code -Dpicocli.defaults.borne-sync-agent.path} (keys are the long option
 * names without dashes, e.g. {@code kiosk-id=rouen-1}; {@code borne-sync-agent.run.db=…}
 * for one command only), which is how the installed service runs: {@code run} alone.
 */
@Command(name = "borne-sync-agent", mixinStandardHelpOptions = true,
        defaultValueProvider = CommandLine.PropertiesDefaultProvider.class,
        subcommands = {SyncAgentMain.Run.class, SyncAgentMain.SyncOnce.class, SyncAgentMain.Status.class},
        description = "Keeps a kiosk's replica in step with the central booking server.")
public final class SyncAgentMain {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgentMain.class);

    /**
     * Changes asked per page of the feed: central's largest, so the initial sync of a large
     * establishment takes a few transactions (one fsync each) rather than dozens.
     */
    static final int PAGE_SIZE = 5_000;

    /** Names the file the service's supervisor watches; the daemon touches it while its loop works. */
    static final String HEARTBEAT_FILE_ENV = "BORNE_HEARTBEAT_FILE";
    static final Duration WATCHDOG_EVERY = Duration.ofSeconds(5);

    /** Options every command shares. */
    static final class Options {
        @Option(names = "--db", required = true, description = "the kiosk's SQLite replica")
        Path db;

        @Option(names = "--central", defaultValue = "https://localhost:8443", description = "central server base URL")
        String central;

        @Option(names = "--kiosk-id", required = true, description = "this kiosk's id (its certificate's common name)")
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
            Optional<ClientTls> tls = Optional.empty();
            if (tlsCert.isPresent() && tlsKey.isPresent() && tlsCa.isPresent()) {
                tls = Optional.of(ClientTls.fromPem(tlsCert.get(), tlsKey.get(), tlsCa.get()));
            } else if (central.startsWith("https:")) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "https needs --tls-cert, --tls-key and --tls-ca");
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

    @Command(name = "run", description = "run as a daemon until stopped",
            defaultValueProvider = CommandLine.PropertiesDefaultProvider.class)
    static final class Run implements Callable<Integer> {
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
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

    @Command(name = "sync-once", description = "push, pull, keep allotments, deliver the audit log and report once",
            defaultValueProvider = CommandLine.PropertiesDefaultProvider.class)
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

    @Command(name = "status", description = "what the replica holds and what waits to be pushed",
            defaultValueProvider = CommandLine.PropertiesDefaultProvider.class)
    static final class Status implements Callable<Integer> {
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            try (AgentAssembly assembly = new AgentAssembly(options.config(), Clock.systemUTC())) {
                Heartbeat state = assembly.heartbeat().current();
                String cursor = assembly.database().read(FeedPuller::cursor);
                int refusals = assembly.database().read(c -> Sql.count(c, "SELECT count(*) FROM sync_refusal"));
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

    public static void main(String[] args) {
        System.exit(new CommandLine(new SyncAgentMain()).execute(args));
    }
}
