package fr.borne.agent.local;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.booking.Reason;
import fr.borne.sync.SyncJson;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.CentralUnreachable;
import fr.borne.sync.local.LocalApiToken;
import fr.borne.testsupport.RefusedPort;
import fr.borne.testsupport.SilentPort;
import fr.borne.visitor.BadgeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agent's loopback API with central out of reach: where it listens, what it refuses, how
 * it says "offline", and that it says so within the kiosk app's online wait.
 */
class LocalApiTest {

    /** The kiosk app's online wait in these tests; an answer may come a little later, never much later. */
    private static final Duration ONLINE_WAIT = Duration.ofSeconds(1);
    private static final Duration LOOSELY = ONLINE_WAIT.plusSeconds(2);

    @TempDir
    Path dir;

    private AgentAssembly assembly;
    private int port;
    /**
     * A central that refuses every connection, for as long as the test runs: its port stays
     * bound, so the agent's own API (on port 0) can never be handed it.
     */
    private RefusedPort refused;
    /** A central that accepts connections and never says a word. */
    private SilentPort silent;

    @BeforeEach
    void start() {
        refused = RefusedPort.open();
        startAgainst(refused.httpUrl());
    }

    private void startAgainst(String central) {
        if (assembly != null) {
            assembly.close();
        }
        ClientSettings settings = ClientSettings.defaults(central, "rouen-1", Optional.empty());
        assembly = new AgentAssembly(new AgentConfig(dir.resolve("kiosk.db"), settings, "rouen-1", "rouen", 2, 100,
                SyncAgent.Periods.defaults()).withLocalApi(0, ONLINE_WAIT), Clock.systemUTC());
        port = assembly.startLocalApi().orElseThrow();
    }

    /** Connections are queued by the kernel and never accepted: a TCP handshake, then silence. */
    private void startAgainstSilentCentral() {
        silent = SilentPort.open();
        startAgainst(silent.httpUrl());
    }

    @AfterEach
    void stop() {
        assembly.close();
        refused.close();
        if (silent != null) {
            silent.close();
        }
    }

    @Test
    void listens_on_the_loopback_interface_only() throws IOException {
        InetSocketAddress bound = assembly.localApi().orElseThrow().boundAddress();
        assertThat(bound.getAddress().isLoopbackAddress()).as("bound to %s", bound).isTrue();
        assertThat(bound.getPort()).isEqualTo(port);
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 1_000);
                }
            }).as("reachable on %s", address).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void refuses_a_request_naming_another_host_so_no_web_page_can_rebind_a_name_onto_it() throws IOException {
        assertThat(rawGet("/local/v1/status", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
        assertThat(rawGet("/local/v1/status", "borne.attacker.example:" + port)).startsWith("HTTP/1.1 403");
    }

    @Test
    void B10_B11_without_central_a_remote_question_is_answered_unreachable_and_the_status_says_why() throws Exception {
        LocalResponse lookup = get("/local/v1/remote/badges/" + BadgeCode.hash("DEMO-0013"));
        assertThat(lookup.status()).isEqualTo(503);
        CentralUnreachable why = SyncJson.mapper().readValue(lookup.body(), CentralUnreachable.class);
        assertThat(why.reason()).isEqualTo(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
        assertThat(why.message()).contains("nothing was done");

        AgentStatus status = SyncJson.mapper().readValue(get("/local/v1/status").body(), AgentStatus.class);
        assertThat(status.centralReachable()).isFalse();
        assertThat(status.kioskId()).isEqualTo("rouen-1");
        assertThat(status.lastContact()).isNull();
        assertThat(status.lastProblem()).isNotBlank();
    }

    @Test
    void B10_B11_a_remote_badge_is_answered_unreachable_within_the_online_wait_when_central_refuses_connections()
            throws IOException {
        assertUnreachableInTime("/local/v1/remote/badges/" + BadgeCode.hash("DEMO-0013"));
    }

    @Test
    void B10_B11_a_remote_badge_is_answered_unreachable_within_the_online_wait_when_central_never_answers()
            throws IOException {
        startAgainstSilentCentral();
        assertUnreachableInTime("/local/v1/remote/badges/" + BadgeCode.hash("DEMO-0013"));
        assertUnreachableInTime("/local/v1/remote/availability?visitor=v1&detainee=d1");
    }

    @Test
    void a_probe_reports_central_unreachable_within_a_second_or_so_whether_it_refuses_or_stays_silent()
            throws IOException {
        for (boolean silentCentral : new boolean[] {false, true}) {
            if (silentCentral) {
                startAgainstSilentCentral();
            }
            long started = System.nanoTime();
            LocalResponse probed = get("/local/v1/status?probe=true");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(probed.status()).isEqualTo(200);
            AgentStatus status = SyncJson.mapper().readValue(probed.body(), AgentStatus.class);
            assertThat(status.centralReachable()).as("silent central: %s", silentCentral).isFalse();
            assertThat(status.lastProblem()).isNotBlank();
            assertThat(took).as("silent central: %s", silentCentral).isLessThan(StatusReport.PROBE_WAIT.plusSeconds(2));
        }
    }

    private void assertUnreachableInTime(String path) throws IOException {
        long started = System.nanoTime();
        LocalResponse reply = get(path);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(SyncJson.mapper().readValue(reply.body(), CentralUnreachable.class).message())
                .contains("nothing was done");
        assertThat(took).as("answered after %s ms", took.toMillis()).isLessThan(LOOSELY);
    }

    @Test
    void turns_down_malformed_questions_before_asking_central() throws IOException {
        assertThat(get("/local/v1/remote/badges/DEMO-0013").status()).isEqualTo(400);
        assertThat(get("/local/v1/remote/availability?visitor=v1").status()).isEqualTo(400);
        assertThat(rawPost("/local/v1/bookings", "{\"bookingId\":\"not-a-uuid\"}")).startsWith("HTTP/1.1 400");
        assertThat(rawPost("/local/v1/outbox/nudge", "")).startsWith("HTTP/1.1 204");
        assertThat(get("/local/v1/status?probe=yes").status()).isEqualTo(400);
    }

    private record LocalResponse(int status, String body) {
    }

    private LocalResponse get(String path) throws IOException {
        String raw = rawGet(path, "127.0.0.1:" + port);
        int status = Integer.parseInt(raw.substring(9, 12));
        return new LocalResponse(status, raw.substring(raw.indexOf("\r\n\r\n") + 4));
    }

    private String rawGet(String path, String host) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + authorization()
                + "Connection: close\r\n\r\n");
    }

    private String rawPost(String path, String body) throws IOException {
        return rawPost(path, body, "Content-Type: application/json\r\n" + authorization());
    }

    private String rawPost(String path, String body, String headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headers
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
    }

    private String authorization() {
        return "Authorization: Bearer " + token() + "\r\n";
    }

    private String token() {
        return LocalApiToken.read(LocalApiToken.besideReplica(dir.resolve("kiosk.db"))).orElseThrow();
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }
}
