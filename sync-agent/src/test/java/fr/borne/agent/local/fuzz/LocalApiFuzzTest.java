package fr.borne.agent.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.e2e.DemoCentral;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.SyncJson;
import fr.borne.sync.local.LocalApiToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the agent's local API, driven by {@code agent-local-v1.yaml}:
 * for every operation, seeded valid and malformed requests over real HTTP to a real agent
 * in front of a real central server with the demo data. Every answer must be documented
 * for its operation, never a server error, of the documented media type, with the
 * schema's required properties; malformed requests get the promised 4xx. Prints the
 * examples run and every finding. {@code -Dborne.fuzz.seed=…} and
 * {@code -Dborne.fuzz.examples=…} (per operation) replay or widen a run.
 */
class LocalApiFuzzTest {

    private static final long SEED = Long.getLong("borne.fuzz.seed", 20_261_206L);
    private static final int EXAMPLES = Integer.getInteger("borne.fuzz.examples", 120);
    private static final ObjectMapper JSON = SyncJson.mapper();

    @TempDir
    Path dir;

    private DemoCentral central;
    private AgentAssembly agent;
    private int port;

    @BeforeEach
    void start() {
        central = new DemoCentral(dir, Clock.systemUTC(), "rouen-1", "rouen");
        ClientSettings settings = central.clientFor("rouen-1").withTimeouts(Duration.ofSeconds(1),
                Duration.ofSeconds(3), Duration.ofSeconds(3));
        agent = new AgentAssembly(new AgentConfig(dir.resolve("rouen-1.db"), settings, "rouen-1", "rouen", 2, 5_000,
                SyncAgent.Periods.defaults()).withLocalApi(0, Duration.ofSeconds(4)), Clock.systemUTC());
        agent.agent().syncOnce();
        port = agent.startLocalApi().orElseThrow();
    }

    @AfterEach
    void stop() {
        agent.close();
        central.close();
    }

    @Test
    void every_answer_to_valid_and_malformed_requests_is_documented_never_a_server_error() throws IOException {
        OpenApiOperations api = OpenApiOperations.load("/openapi/agent-local-v1.yaml");
        String token = LocalApiToken.read(LocalApiToken.besideReplica(dir.resolve("rouen-1.db"))).orElseThrow();
        RequestGenerator generator = new RequestGenerator(api, SEED, token, knownIds());
        List<String> findings = new ArrayList<>();
        Map<String, Map<Integer, Integer>> seen = new TreeMap<>();
        int examples = 0;
        long started = System.nanoTime();
        for (OpenApiOperations.Operation operation : api.operations()) {
            for (int i = 0; i < EXAMPLES; i++) {
                RequestGenerator.FuzzRequest request = generator.next(operation);
                Answer answer = send(request);
                examples++;
                seen.computeIfAbsent(operation.name(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
                check(operation, request, answer).ifPresent(finding -> findings.add(operation.name() + " ["
                        + request.label() + "] " + request.method() + " " + shorten(request.target()) + " "
                        + shorten(new String(request.body(), StandardCharsets.UTF_8)) + ": " + finding));
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("local API fuzz: seed %d, %d operations, %d examples in %d s, %d finding(s)%n", SEED,
                seen.size(), examples, seconds, findings.size());
        seen.forEach((operation, statuses) -> System.out.printf("  %-45s %s%n", operation, statuses));
        findings.stream().limit(50).forEach(finding -> System.out.println("  FINDING " + finding));
        assertThat(findings).as("findings (seed %d)", SEED).isEmpty();
        assertThat(examples).isEqualTo(api.operations().size() * EXAMPLES);
    }

    private Optional<String> check(OpenApiOperations.Operation operation, RequestGenerator.FuzzRequest request,
                                   Answer answer) {
        int status = answer.status();
        if (status >= 500 && status != 502 && status != 503) {
            return Optional.of("server error " + status + ": " + shorten(answer.body()));
        }
        OpenApiOperations.Response documented = operation.responses().get(Integer.toString(status));
        if (documented == null) {
            return Optional.of("undocumented status " + status + ": " + shorten(answer.body()));
        }
        if (request.expected() > 0 && status != request.expected()) {
            return Optional.of("expected " + request.expected() + ", got " + status);
        }
        if (request.expected() == 0 && (status < 400 || status >= 500)) {
            return Optional.of("malformed request answered " + status);
        }
        if (documented.mediaTypes().isEmpty()) {
            return answer.body().isEmpty() ? Optional.empty() : Optional.of("a body where none is documented");
        }
        String mediaType = answer.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!documented.mediaTypes().contains(mediaType)) {
            return Optional.of("content type " + answer.contentType() + " for " + status + ", documented "
                    + documented.mediaTypes());
        }
        return documented.schema().flatMap(schema -> missingRequired(schema, answer.body()));
    }

    private static Optional<String> missingRequired(Map<String, Object> schema, String body) {
        try {
            JsonNode node = JSON.readTree(body);
            for (Object property : (List<?>) schema.getOrDefault("required", List.of())) {
                if (node == null || !node.has(property.toString())) {
                    return Optional.of("required property " + property + " missing in " + shorten(body));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("unreadable JSON body: " + shorten(body));
        }
    }

    private Map<String, List<String>> knownIds() {
        Database replica = agent.database();
        return Map.of(
                "detainee", replica.read(c -> Sql.list(c, "SELECT id FROM detainee ORDER BY id LIMIT 20", r -> r.getString(1))),
                "visitor", replica.read(c -> Sql.list(c, "SELECT id FROM visitor ORDER BY id LIMIT 40", r -> r.getString(1))),
                "round", replica.read(c -> Sql.list(c, "SELECT id FROM round ORDER BY id", r -> r.getString(1))));
    }

    record Answer(int status, String contentType, String body) {
    }

    /** Raw HTTP/1.1, so that Host, Origin, lengths and chunking are exactly as generated. */
    private Answer send(RequestGenerator.FuzzRequest request) throws IOException {
        boolean chunked = request.headers().containsKey("Transfer-Encoding");
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                .append(" HTTP/1.1\r\n");
        if (!request.headers().containsKey("Host")) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!chunked && request.body().length > 0) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (chunked) {
                    out.write((Integer.toHexString(request.body().length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(request.body());
                    out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(request.body());
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the agent may answer and close before an oversized body is all sent
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, Math.max(0, end)).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String body = text.substring(end + 4);
        return new Answer(status, contentType, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
