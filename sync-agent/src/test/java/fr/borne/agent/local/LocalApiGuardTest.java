package fr.borne.agent.local;

import com.fasterxml.jackson.databind.JsonNode;
import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.sync.SyncJson;
import fr.borne.sync.local.LocalApiToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: the loopback API trusts no one. Over real HTTP to a real agent (central out of
 * reach): the per-boot token and its file, no call from a web page, JSON bodies only, a hard
 * body limit whatever the transfer encoding, bounded JSON, and problem+json refusals.
 */
class LocalApiGuardTest {

    private static final long HUGE = 150L * 1024 * 1024;

    @TempDir
    Path dir;

    private AgentAssembly assembly;
    private int port;
    private String group;

    @BeforeEach
    void start() throws IOException {
        group = Files.readAttributes(dir, PosixFileAttributes.class).group().getName();
        startAgent();
    }

    private void startAgent() throws IOException {
        int deadPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = closed.getLocalPort();
        }
        ClientSettings settings = ClientSettings.defaults("http://127.0.0.1:" + deadPort, "rouen-1", Optional.empty());
        assembly = new AgentAssembly(new AgentConfig(dir.resolve("kiosk.db"), settings, "rouen-1", "rouen", 2, 100,
                SyncAgent.Periods.defaults()).withLocalApi(0, Duration.ofSeconds(1), tokenFile(), Optional.of(group)),
                Clock.systemUTC());
        port = assembly.startLocalApi().orElseThrow();
    }

    @AfterEach
    void stop() {
        assembly.close();
    }

    @Test
    void every_call_needs_the_token_of_this_boot_and_a_missing_or_wrong_one_gets_a_401_problem() throws IOException {
        assertThat(send("GET", "/local/v1/status", "", "")).startsWith("HTTP/1.1 401");
        assertThat(send("GET", "/local/v1/status", "Authorization: Bearer " + "0".repeat(64) + "\r\n", ""))
                .startsWith("HTTP/1.1 401");
        String refused = send("POST", "/local/v1/outbox/nudge", "", "");
        assertThat(refused).startsWith("HTTP/1.1 401").containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = SyncJson.mapper().readTree(body(refused));
        assertThat(problem.get("type").asText()).isEqualTo("urn:borne:problem:unauthorized");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(send("GET", "/local/v1/status", auth(), "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void the_token_file_is_readable_by_owner_and_group_only_and_changes_at_every_start() throws IOException {
        String first = token();
        assertThat(first).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile()))).isEqualTo("rw-r-----");
        assertThat(Files.readAttributes(tokenFile(), PosixFileAttributes.class).group().getName()).isEqualTo(group);

        assembly.close();
        assertThat(tokenFile()).as("no stale token once the agent stopped").doesNotExist();
        startAgent();

        assertThat(token()).isNotEqualTo(first);
        assertThat(send("GET", "/local/v1/status", "Authorization: Bearer " + first + "\r\n", ""))
                .startsWith("HTTP/1.1 401");
        assertThat(send("GET", "/local/v1/status", auth(), "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void an_agent_started_twice_by_mistake_leaves_the_running_one_s_token_alone() throws IOException {
        String running = token();
        AgentAssembly second = new AgentAssembly(new AgentConfig(dir.resolve("kiosk.db"),
                ClientSettings.defaults("http://127.0.0.1:9", "rouen-1", Optional.empty()), "rouen-1", "rouen", 2, 100,
                SyncAgent.Periods.defaults()).withLocalApi(port, Duration.ofSeconds(1), tokenFile(), Optional.empty()),
                Clock.systemUTC());
        try {
            assertThatThrownBy(second::startLocalApi).as("the port is taken").isInstanceOf(RuntimeException.class);
        } finally {
            second.close();
        }
        assertThat(token()).isEqualTo(running);
        assertThat(send("GET", "/local/v1/status", auth(), "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void a_web_page_cannot_book_neither_with_a_simple_text_plain_post_nor_with_the_token() throws IOException {
        String booking = "{\"bookingId\":\"6a3c1f52-0a7e-4a3b-9d0e-2f1b7c3d4e5f\"}";
        assertThat(send("POST", "/local/v1/bookings", "Origin: https://evil.example\r\nContent-Type: text/plain\r\n",
                booking)).startsWith("HTTP/1.1 403");
        assertThat(send("POST", "/local/v1/bookings", "Origin: null\r\nContent-Type: application/json\r\n" + auth(),
                booking)).startsWith("HTTP/1.1 403");
        assertThat(send("POST", "/local/v1/bookings", "Content-Type: text/plain\r\n" + auth(), booking))
                .startsWith("HTTP/1.1 415");
        assertThat(send("POST", "/local/v1/bookings", auth(), booking)).as("no content type").startsWith("HTTP/1.1 415");
        assertThat(send("POST", "/local/v1/bookings", "Content-Type: application/json; charset=utf-8\r\n" + auth(),
                booking)).as("JSON, incomplete").startsWith("HTTP/1.1 400");
    }

    @Test
    void a_body_declared_too_large_is_refused_before_it_is_read() throws IOException {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /local/v1/bookings HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + auth()
                    + "Content-Type: application/json\r\nContent-Length: " + HUGE + "\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void a_chunked_body_cannot_grow_past_the_limit_the_agent_stops_reading_long_before_150_mb() throws Exception {
        AtomicLong written = new AtomicLong();
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /local/v1/bookings HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + auth()
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (written.get() < HUGE) {
                        out.write(head);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        written.addAndGet(chunk.length);
                    }
                } catch (IOException closedByTheAgent) {
                    // expected: the agent answered and closed the connection
                }
            });
            assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
            socket.close();
            sending.get();
        }
        assertThat(written.get()).as("bytes sent before the agent closed").isLessThan(HUGE);
        assertThat(send("GET", "/local/v1/status", auth(), "")).as("still answering").startsWith("HTTP/1.1 200");
    }

    @Test
    void deep_or_long_json_is_a_400_problem_never_a_server_error() throws IOException {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        String longString = "{\"bookingId\":\"" + "a".repeat(10_000) + "\"}";
        for (String body : new String[] {deep, longString, "{\"bookingId\":", "null", "42", "\u00ff\u00fe"}) {
            String answer = send("POST", "/local/v1/bookings", "Content-Type: application/json\r\n" + auth(), body);
            assertThat(answer).as(body.substring(0, Math.min(20, body.length()))).startsWith("HTTP/1.1 4");
            assertThat(SyncJson.mapper().readTree(body(answer)).get("type").asText()).startsWith("urn:borne:problem:");
        }
    }

    @Test
    void an_unknown_path_is_a_404_problem_and_no_server_version_is_given() throws IOException {
        String answer = send("GET", "/local/v1/nothing-here", auth(), "");
        assertThat(answer).startsWith("HTTP/1.1 404").containsIgnoringCase("application/problem+json");
        assertThat(answer.toLowerCase()).doesNotContain("jetty").doesNotContain("server:");
    }

    private Path tokenFile() {
        return dir.resolve("run").resolve("agent.token");
    }

    private String token() {
        return LocalApiToken.read(tokenFile()).orElseThrow();
    }

    private String auth() {
        return "Authorization: Bearer " + token() + "\r\n";
    }

    private String send(String method, String path, String headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String length = bytes.length > 0 ? "Content-Length: " + bytes.length + "\r\n" : "";
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headers + length
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
