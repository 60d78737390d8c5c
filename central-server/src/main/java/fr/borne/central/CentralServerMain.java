package fr.borne.central;

import fr.borne.central.fleet.FleetSettings;
import fr.borne.central.http.CentralServer;
import fr.borne.central.http.ServerTls;
import fr.borne.central.identity.AdminCommand;
import fr.borne.central.identity.BadgeKeyCommand;
import fr.borne.central.identity.CaCommand;
import fr.borne.central.identity.KioskCommand;
import fr.borne.central.kiosk.KioskRegistry;
import fr.borne.central.staff.StaffCommands;
import fr.borne.central.notice.CentralTasks;
import fr.borne.central.notice.NoticeChannel;
import fr.borne.central.notice.NoticeSender;
import fr.borne.central.notice.SmppChannel;
import fr.borne.central.notice.SmtpChannel;
import fr.borne.store.Database;
import fr.borne.config.ConfigException;
import fr.borne.config.ProgramConfig;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.BadgeKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * The central server's composition root. Options missing from the command line come from
 * the properties file named by {@code -Dpicocli.defaults.borne-central.path} (keys are the
 * long option names without dashes, e.g. {@code fleet-stale-after=PT5M} or
 * {@code db-url=jdbc:postgresql://…}), read strictly ({@link ProgramConfig}): a key no option
 * has, or a bad value, stops central naming the file and the line.
 */
@Command(name = "borne-central", mixinStandardHelpOptions = true,
        subcommands = {CaCommand.class, KioskCommand.class, AdminCommand.class, BadgeKeyCommand.class,
                StaffCommands.Closure.class, StaffCommands.Detainee.class},
        description = {"Reference central booking server speaking the Borne sync protocol (/v1).",
                "With no command: run the server. Commands: ca init, kiosk enrol, kiosk revoke, admin issue, "
                        + "badge-key rotate, closure add, detainee transfer, detainee release."})
public final class CentralServerMain implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CentralServerMain.class);

    @Option(names = "--port", defaultValue = "8443", description = "port to listen on (0: any free port)")
    int port;

    @Option(names = "--port-file",
            description = "once listening, write the bound port to this file (with --port 0: which port was taken)")
    Optional<Path> portFile;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on")
    String host;

    @Mixin
    CentralDatabaseOptions database = new CentralDatabaseOptions();

    @Option(names = "--demo", description = "load the demo establishments and register the kiosks given by --kiosk")
    boolean demo;

    @Option(names = "--kiosk",
            description = "register a kiosk: id=establishmentId (repeatable); with --demo and none given: "
                    + "rouen-1=rouen and dijon-1=dijon")
    Map<String, String> kiosks = Map.of();

    /** The demo's two kiosks: one at Rouen, one at Dijon where a Rouen family books (B11). */
    static final Map<String, String> DEMO_KIOSKS = Map.of("rouen-1", "rouen", "dijon-1", "dijon");

    @Option(names = "--admin", defaultValue = "admin", split = ",",
            description = "--plain-loopback demo only: caller names that make admin calls. With TLS an "
                    + "administrator is whoever shows a certificate from the admin authority (--tls-admin-ca)")
    List<String> admins;

    @Option(names = "--tls-cert", description = "server certificate (PEM)")
    Optional<Path> tlsCert;

    @Option(names = "--tls-key", description = "server private key (PKCS#8 PEM)")
    Optional<Path> tlsKey;

    @Option(names = "--tls-ca", description = "authority that issues kiosk certificates (PEM; kiosk-ca.pem of 'ca init')")
    Optional<Path> tlsCa;

    @Option(names = "--tls-admin-ca",
            description = "authority that issues administrators' certificates (PEM; admin-ca.pem of 'ca init')")
    Optional<Path> tlsAdminCa;

    @Option(names = "--plain-loopback",
            description = "plain HTTP on 127.0.0.1, callers named by header: for the embedded demo only")
    boolean plainLoopback;

    @Option(names = "--badge-key-file",
            description = "the deployment's badge keys, shared with the kiosks (id:base64 a line, current first); "
                    + "badge.key of 'ca init'; without it the published demo key is used")
    Optional<Path> badgeKeyFile;

    @Option(names = "--fleet-stale-after",
            description = "fleet view: a kiosk silent for longer than this ISO-8601 duration is stale "
                    + "(default: system property " + FleetSettings.STALE_AFTER + ", else PT3M)")
    Optional<Duration> fleetStaleAfter;

    static final String NAME = "borne-central";

    @Option(names = "--smtp-host", description = "mail server for e-mail notices (none: no e-mail is sent)")
    Optional<String> smtpHost;

    @Option(names = "--smtp-port", defaultValue = "25", description = "its port (default: ${DEFAULT-VALUE})")
    int smtpPort;

    @Option(names = "--smtp-from", defaultValue = "parloirs@borne.invalid", description = "the notices' sender address")
    String smtpFrom;

    @Option(names = "--smtp-user", description = "login at the mail server, if it needs one")
    Optional<String> smtpUser;

    @Option(names = "--smtp-password-file", description = "file holding that login's password")
    Optional<Path> smtpPasswordFile;

    @Option(names = "--smtp-starttls", description = "require STARTTLS with the mail server")
    boolean smtpStartTls;

    @Option(names = "--smpp-host", description = "SMSC for SMS notices, SMPP 3.4 (none: no SMS is sent)")
    Optional<String> smppHost;

    @Option(names = "--smpp-port", defaultValue = "2775", description = "its port (default: ${DEFAULT-VALUE})")
    int smppPort;

    @Option(names = "--smpp-system-id", defaultValue = "borne", description = "system_id to bind as")
    String smppSystemId;

    @Option(names = "--smpp-password-file", description = "file holding the SMPP password")
    Optional<Path> smppPasswordFile;

    @Option(names = "--sms-sender", defaultValue = "33600000000",
            description = "source address of the SMS (a short code or number the operator gave)")
    String smsSender;

    @Option(names = "--notice-rate", defaultValue = "120",
            description = "at most this many notices a minute on each channel (default: ${DEFAULT-VALUE})")
    int noticeRate;

    @Option(names = "--unsubscribe-base", defaultValue = CentralServices.DEFAULT_UNSUBSCRIBE_BASE,
            description = "public address of the e-mails' unsubscribe link, completed by a token; it reaches "
                    + "central's /v1/unsubscribe/{token} (default: ${DEFAULT-VALUE})")
    String unsubscribeBase;

    @Option(names = "--tasks-every", defaultValue = "PT1S",
            description = "how often central sends due notices and applies due transfers (default: ${DEFAULT-VALUE})")
    Duration tasksEvery;

    public static void main(String[] args) {
        System.exit(ProgramConfig.execute(bare(new CentralServerMain()), NAME, args));
    }

    /**
     * The command line of {@code main} with its properties file read in (as {@code main} reads it).
     *
     * @throws ConfigException when the file holds a key that is no option of central's
     */
    public static CommandLine commandLine(CentralServerMain main) {
        return ProgramConfig.configure(bare(main), ProgramConfig.named(NAME));
    }

    /** "admin" is both a command and the demo's admin name. */
    private static CommandLine bare(CentralServerMain main) {
        return new CommandLine(main).setAllowSubcommandsAsOptionParameters(true);
    }

    /** The fleet view's settings: the {@code borne.fleet.*} system properties, then the options. */
    FleetSettings fleetSettings() {
        FleetSettings fromProperties = FleetSettings.from(System.getProperties());
        return fleetStaleAfter.map(stale -> new FleetSettings(stale, fromProperties.refreshEvery()))
                .orElse(fromProperties);
    }

    private static Optional<String> secret(Optional<Path> file) throws java.io.IOException {
        return file.isPresent() ? Optional.of(Files.readString(file.get()).strip()) : Optional.empty();
    }

    @Override
    public Integer call() throws Exception {
        if (fleetStaleAfter.isPresent() && (fleetStaleAfter.get().isNegative() || fleetStaleAfter.get().isZero())) {
            System.err.println("--fleet-stale-after must be a positive duration such as PT3M");
            return 2;
        }
        FleetSettings fleet = fleetSettings();
        badgeKeyFile.ifPresent(file -> System.setProperty(BadgeKeys.PROPERTY, file.toString()));
        BadgeKeys keys;
        try {
            // read again now, whatever was hashed before in this process; central warns below in its own words
            keys = BadgeCode.loadAtStart(true);
        } catch (ConfigException e) {
            System.err.println("borne-central: " + e.getMessage());
            return 2;
        }
        if (!plainLoopback && keys.isDemo()) {
            LOG.warn("badge codes are hashed with the published demo key: give --badge-key-file for a real deployment");
        }
        Optional<ServerTls> tls = Optional.empty();
        if (!plainLoopback) {
            if (tlsCert.isEmpty() || tlsKey.isEmpty() || tlsCa.isEmpty() || tlsAdminCa.isEmpty()) {
                System.err.println("mutual TLS needs --tls-cert, --tls-key, --tls-ca and --tls-admin-ca "
                        + "(made by 'borne-central ca init'), or --plain-loopback for a demo");
                return 2;
            }
            tls = Optional.of(ServerTls.fromPem(tlsCert.get(), tlsKey.get(), tlsCa.get(), tlsAdminCa.get()));
        }
        Database database;
        try {
            database = this.database.open();
        } catch (ConfigException e) {
            System.err.println("borne-central: " + e.getMessage());
            return 2;
        }
        Clock clock = Clock.systemDefaultZone();
        CentralServices services = CentralServices.create(database, clock, unsubscribeBase);
        List<NoticeChannel> channels = new ArrayList<>();
        if (smtpHost.isPresent()) {
            channels.add(new SmtpChannel(new SmtpChannel.Settings(smtpHost.get(), smtpPort, smtpFrom, smtpUser,
                    secret(smtpPasswordFile), smtpStartTls)));
        }
        if (smppHost.isPresent()) {
            SmppChannel sms = new SmppChannel(new SmppChannel.Settings(smppHost.get(), smppPort, smppSystemId,
                    secret(smppPasswordFile).orElse(""), smsSender, Duration.ofSeconds(10)),
                    phone -> database.write(c -> services.notices().contacts().stopPhone(c, phone)));
            sms.connect();
            channels.add(sms);
        }
        Optional<NoticeSender> sender = channels.isEmpty() ? Optional.empty()
                : Optional.of(new NoticeSender(database, clock, channels, noticeRate, unsubscribeBase));
        sender.ifPresent(NoticeSender::recover);
        if (demo) {
            DemoLoader.load(services);
        }
        database.write(c -> {
            KioskRegistry registry = services.kiosks();
            Map<String, String> registered = demo && kiosks.isEmpty() ? DEMO_KIOSKS : kiosks;
            for (Map.Entry<String, String> kiosk : registered.entrySet()) {
                registry.register(c, kiosk.getKey(), kiosk.getValue());
            }
            return null;
        });
        CentralServer server = new CentralServer(services, tls, Set.copyOf(admins), fleet);
        int bound = server.start(plainLoopback ? "127.0.0.1" : host, port);
        if (portFile.isPresent()) {
            // Written aside and moved, so a reader never sees a half-written number.
            Path written = Files.writeString(portFile.get().resolveSibling(portFile.get().getFileName() + ".tmp"),
                    bound + "\n");
            Files.move(written, portFile.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        ScheduledExecutorService tasks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "central-tasks");
            thread.setDaemon(true);
            return thread;
        });
        tasks.scheduleWithFixedDelay(new CentralTasks(services, sender), 0, tasksEvery.toMillis(), TimeUnit.MILLISECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tasks.shutdownNow();
            channels.forEach(NoticeChannel::close);
            server.close();
            database.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
