package fr.borne.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ships, run as installed: central from its shaded jar with mutual TLS and the authorities
 * its own {@code ca init} made; a kiosk enrolled by {@code kiosk enrol}; the sync agent and the
 * kiosk app started by the launcher of the built .deb from its unpacked files, configured in an
 * {@code /etc/borne}-style folder written as installer/README.md says. The scanner is a real
 * serial line (socat pseudo-terminals), the printer a TCP 9100 listener that records the bytes.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class ProductionPathTest {

    private static final Duration START_CEILING = Duration.ofSeconds(120);
    private static final Pattern AGENT_STARTED =
            Pattern.compile("sync agent rouen-1 of rouen started: .* kiosk app's API on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern ATTRACT_SHOWN = Pattern.compile("attract screen shown");
    private static final Pattern SESSION_STARTED = Pattern.compile("session started for visitor");
    /** A Rouen visitor of the demo establishments central loads with --demo. */
    private static final String BADGE = "DEMO-0001";

    @TempDir
    Path dir;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    @AfterEach
    void stopEverything() throws Exception {
        while (!started.isEmpty()) {
            started.pop().close();
        }
    }

    @Test
    void a_visitor_scans_on_the_serial_line_books_on_the_screen_and_the_receipt_central_and_the_replica_agree()
            throws Exception {
        Path logs = Logs.folder(getClass());
        CentralJar central = new CentralJar(logs);
        Path ca = dir.resolve("central/ca");
        Path centralDb = dir.resolve("central/central.db");
        Files.createDirectories(centralDb.getParent());
        central.command("ca-init", "ca", "init", ca.toString(), "--host", "localhost", "--host", "127.0.0.1");
        // the deployment's badge key made by ca init: central hashes the demo badges it loads with it
        CentralJar.Running server = started(central.start(ca, centralDb, "--demo", "--kiosk", "dijon-1=dijon",
                "--badge-key-file", ca.resolve("badge.key").toString()));
        Path enrolled = dir.resolve("central/rouen-1");
        central.command("enrol", "kiosk", "enrol", "--id", "rouen-1", "--establishment", "rouen",
                "--ca", ca.toString(), "--db", centralDb.toString(), "--out", enrolled.toString());

        DebPackage deb = DebPackage.unpack(dir.resolve("root"), logs);
        EtcBorne etc = EtcBorne.installed(deb, dir.resolve("etc/borne"));
        Path data = Files.createDirectories(dir.resolve("var/lib/borne"));
        etc.installCertificates(enrolled);
        etc.installBadgeKey(enrolled);
        PseudoTerminal scanner = started(PseudoTerminal.open(dir, logs));
        RecordingPrinter printer = started(new RecordingPrinter());
        // Step 5, where this folder stands for /etc/borne and /var/lib/borne: the paths differ from
        // the shipped ones, and the agent's loopback API takes a free port (told to the kiosk below).
        Map<String, String> agentSettings = new LinkedHashMap<>();
        agentSettings.put("kiosk-id", "rouen-1");
        agentSettings.put("establishment", "rouen");
        agentSettings.put("central", "https://127.0.0.1:" + server.port());
        agentSettings.put("tls-cert", etc.certificate("kiosk.pem").toString());
        agentSettings.put("tls-key", etc.certificate("kiosk.key").toString());
        agentSettings.put("tls-ca", etc.certificate("central-ca.pem").toString());
        agentSettings.put("db", data.resolve("borne.db").toString());
        agentSettings.put("local-port", "0");
        // The token folder stands for /run/borne-local-token, which tmpfiles.d makes on a kiosk.
        String token = Files.createDirectories(dir.resolve("run/borne-local-token")).resolve("agent-token").toString();
        agentSettings.put("local-token-file", token);
        etc.edit("sync-agent.properties", agentSettings);
        etc.edit("kiosk.properties", Map.of("establishment", "rouen", "db", data.resolve("borne.db").toString(),
                "devices", etc.dir().resolve("devices.properties").toString(), "local-token-file", token));
        etc.edit("devices.properties", Map.of("scanner", "serial", "scanner.port", scanner.device().toString(),
                "printer", "tcp", "printer.host", "127.0.0.1", "printer.tcp-port", Integer.toString(printer.port())));
        etc.remove("devices.properties", "printer.device");

        Map<String, String> environment = Map.of("BORNE_LIB_DIR", deb.lib().toString(),
                "BORNE_CONFIG_DIR", etc.dir().toString(), "BORNE_DATA_DIR", data.toString(),
                "BORNE_JAVA_OPTS", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")));
        Launched agent = started(Launched.start("sync-agent", deb.launcher("borne-sync-agent", "run"), environment, logs));
        int agentPort = Integer.parseInt(agent.awaitLine(AGENT_STARTED, START_CEILING).group(1));
        etc.edit("kiosk.properties", Map.of("agent-local", "http://127.0.0.1:" + agentPort));

        Display display = started(Display.start(logs));
        Map<String, String> kioskEnvironment = new LinkedHashMap<>(environment);
        kioskEnvironment.put("DISPLAY", display.name());
        kioskEnvironment.put("BORNE_JAVA_OPTS", environment.get("BORNE_JAVA_OPTS") + " -Dprism.order=sw");
        Launched kioskApp = started(Launched.start("kiosk", deb.launcher("borne-kiosk"), kioskEnvironment, logs));
        kioskApp.awaitLine(ATTRACT_SHOWN, START_CEILING);

        scanner.scan(BADGE);
        kioskApp.awaitLine(SESSION_STARTED, Duration.ofSeconds(30));
        SqliteFile replica = new SqliteFile(data.resolve("borne.db"));
        Map.Entry<String, String> booked = bookThroughTheScreen(display, replica);

        Waits.until(Duration.ofSeconds(30), "the receipt with reference " + booked.getValue() + " at the printer",
                () -> printer.text().contains(booked.getValue()));
        SqliteFile centralFile = new SqliteFile(centralDb);
        Waits.until(Duration.ofSeconds(60), "the booking at central",
                () -> booked.getValue().equals(centralFile.bookings().get(booked.getKey())));
        assertThat(replica.bookings()).containsEntry(booked.getKey(), booked.getValue());
        String keyId = Files.readAllLines(ca.resolve("badge.key")).get(0).split(":")[0];
        assertThat(kioskApp.output()).as("the kiosk hashes with the deployment's key")
                .contains("badge codes hashed with key " + keyId + " of " + etc.dir().resolve("badge.key"));
        assertThat(agent.output()).as("the agent too")
                .contains("badge codes hashed with key " + keyId + " of " + etc.dir().resolve("badge.key"));
        assertThat(kioskApp.output()).as("no badge code in the kiosk's log").doesNotContain(BADGE);
        assertThat(agent.output()).as("no badge code in the agent's log").doesNotContain(BADGE);

        assertThat(listening(server.process())).as("central listens on its port only")
                .containsExactly("tcp 127.0.0.1:" + server.port());
        assertThat(listening(agent)).as("the agent listens on its loopback API only")
                .containsExactly("tcp 127.0.0.1:" + agentPort);
        assertThat(listening(kioskApp)).as("the kiosk listens on nothing").isEmpty();
    }

    /** Taps through the visitor's journey as a visitor would; returns the new booking's id and reference. */
    private static Map.Entry<String, String> bookThroughTheScreen(Display display, SqliteFile replica) {
        Duration screenCeiling = Duration.ofSeconds(30);
        display.await("the visitor's home", screenCeiling, KioskScreens::home);
        display.tap(KioskScreens.BOOK.x, KioskScreens.BOOK.y);
        java.awt.Point day = Waits.until(screenCeiling, "a day to choose", () -> {
            java.awt.image.BufferedImage screen = display.shot();
            return KioskScreens.rounds(screen) ? java.util.Optional.empty() : KioskScreens.firstOpenDay(screen);
        });
        display.tap(day.x, day.y);
        display.await("the rounds of that day", screenCeiling, KioskScreens::rounds);
        display.tap(KioskScreens.FIRST_ROUND.x, KioskScreens.FIRST_ROUND.y);
        display.await("who comes along", screenCeiling, KioskScreens::companions);
        display.tap(KioskScreens.CONTINUE.x, KioskScreens.CONTINUE.y);
        display.await("the review", screenCeiling, KioskScreens::review);
        Set<String> before = replica.bookings().keySet();
        display.tap(KioskScreens.CONFIRM.x, KioskScreens.CONFIRM.y);
        return Waits.until(screenCeiling, "the booking in the replica", () -> replica.bookings().entrySet().stream()
                .filter(booking -> !before.contains(booking.getKey())).findFirst());
    }

    private static Set<String> listening(Launched process) throws IOException {
        Set<Long> pids = process.tree().map(ProcessHandle::pid).collect(Collectors.toSet());
        return ListeningSockets.of(pids).stream()
                .map(socket -> socket.replace("[::ffff:", "").replace("]", ""))
                .collect(Collectors.toSet());
    }

    private <T extends AutoCloseable> T started(T resource) {
        started.push(resource);
        return resource;
    }
}
