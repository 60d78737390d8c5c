package fr.borne.kiosk.online;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.store.ThreadWatch;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.SyncJson;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.LocalApiToken;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The agent's loopback API ({@code agent-local-v1.yaml}) over the JDK's HTTP client, with
 * short timeouts: a visitor waits at the screen. Writes carry ids made here, so a call
 * whose answer was lost is sent once more, unchanged, and central answers it only once.
 * Every call shows the agent's per-boot token, read from its file; when the agent answers
 * 401 (it restarted with a new token) the file is read again and the call made once more.
 * Logs name calls and statuses, never a person, a badge or the token.
 */
public final class AgentLocalClient implements AgentLocal {

    private static final Logger LOG = LoggerFactory.getLogger(AgentLocalClient.class);

    /** How long the kiosk waits for its agent; the agent's own calls to central end sooner. */
    public record Timeouts(Duration connect, Duration lookup, Duration booking) {
        /** The agent gives central at most its online wait (4 s by default): a second more for the hop. */
        public static Timeouts defaults() {
            return new Timeouts(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(8));
        }
    }

    private final URI base;
    private final Path tokenFile;
    private final Timeouts timeouts;
    private final HttpClient http;
    private final ObjectMapper json = SyncJson.mapper();
    private final AtomicReference<Optional<String>> token = new AtomicReference<>(Optional.empty());
    private volatile ThreadWatch threadWatch = ThreadWatch.NONE;

    /** @param tokenFile where the agent writes its token ({@code --local-token-file}, the same for both) */
    public AgentLocalClient(URI base, Path tokenFile, Timeouts timeouts) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.tokenFile = tokenFile;
        this.timeouts = timeouts;
        this.http = HttpClient.newBuilder().connectTimeout(timeouts.connect())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Reports each call made from a thread that must never wait on the network (the screen's):
     * {@code report} is called on that thread before the call goes out, as the replica's
     * {@code Database.watchThreads} does. The call still goes out.
     */
    public void watchThreads(Predicate<Thread> mustNotWait, Consumer<Thread> report) {
        this.threadWatch = new ThreadWatch(mustNotWait, report);
    }

    @Override
    public Online<AgentStatus> status() {
        return call(get("local/v1/status"), AgentStatus.class, false);
    }

    @Override
    public Online<RemoteVisitor> badge(String codeHash) {
        return call(get("local/v1/remote/badges/" + encode(codeHash)), RemoteVisitor.class, false);
    }

    @Override
    public Online<RemoteAvailability> availability(String visitorId, String detaineeId) {
        return call(get("local/v1/remote/availability?visitor=" + encode(visitorId) + "&detainee="
                + encode(detaineeId)), RemoteAvailability.class, false);
    }

    @Override
    public Online<Void> endRemoteSession() {
        return call(HttpRequest.newBuilder(base.resolve("local/v1/remote/session")).timeout(timeouts.lookup())
                .DELETE().header("Accept", "application/json"), Void.class, false);
    }

    @Override
    public Online<Void> leaveContact(fr.borne.sync.local.OnlineContact contact) {
        return call(write("POST", "local/v1/contacts", contact), Void.class, true);
    }

    @Override
    public Online<BookingAnswer> book(OnlineBooking request) {
        return call(write("POST", "local/v1/bookings", request), BookingAnswer.class, true);
    }

    @Override
    public Online<BookingAnswer> changeVisitors(UUID bookingId, OnlineChange request) {
        return call(write("PATCH", "local/v1/bookings/" + bookingId, request), BookingAnswer.class, true);
    }

    @Override
    public Online<BookingAnswer> cancel(UUID bookingId, OnlineCancel request) {
        return call(write("DELETE", "local/v1/bookings/" + bookingId, request), BookingAnswer.class, true);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeouts.lookup()).GET()
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder write(String method, String path, Object body) {
        try {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(timeouts.booking())
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request records always serialise", e);
        }
    }

    private <T> Online<T> call(HttpRequest.Builder unsigned, Class<T> type, boolean resendOnce) {
        threadWatch.check();
        HttpRequest request = signed(unsigned, token.get().or(this::readToken));
        String what = request.method() + " " + request.uri().getPath().replaceAll("/badges/.*", "/badges/…");
        int attempts = resendOnce ? 2 : 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 401) {
                    Optional<String> fresh = readToken();
                    if (fresh.isPresent() && !fresh.equals(tokenOf(request))) {
                        LOG.info("agent local API {}: the agent has a new token, asking again", what);
                        request = signed(unsigned, fresh);
                        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    }
                }
                return read(what, response, type);
            } catch (IOException e) {
                LOG.info("agent local API {}: no answer (attempt {}): {}", what, attempt, e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Online.Offline<>();
            }
        }
        return new Online.Offline<>();
    }

    private <T> Online<T> read(String what, HttpResponse<byte[]> response, Class<T> type) throws IOException {
        int status = response.statusCode();
        if (status == 204) {
            return new Online.Answered<>(null);
        }
        if (status / 100 == 2) {
            return new Online.Answered<>(json.readValue(response.body(), type));
        }
        if (status == 503 || status == 504 || status == 502) {
            LOG.info("agent local API {}: central not reached ({})", what, status);
            return new Online.Offline<>();
        }
        String code = "HTTP_" + status;
        try {
            JsonNode problem = json.readTree(response.body());
            if (problem != null && problem.hasNonNull("code")) {
                code = problem.get("code").asText();
            }
        } catch (IOException e) {
            LOG.debug("agent local API {}: unreadable problem body", what, e);
        }
        LOG.warn("agent local API {}: refused as a call, {} {}", what, status, code);
        return new Online.Failed<>(code);
    }

    private Optional<String> readToken() {
        Optional<String> read = LocalApiToken.read(tokenFile);
        token.set(read);
        if (read.isEmpty()) {
            LOG.warn("agent local API: no token in {} yet (is the agent running?)", tokenFile);
        }
        return read;
    }

    private static HttpRequest signed(HttpRequest.Builder unsigned, Optional<String> token) {
        HttpRequest.Builder copy = unsigned.copy();
        token.ifPresent(t -> copy.setHeader("Authorization", LocalApiToken.SCHEME + t));
        return copy.build();
    }

    private static Optional<String> tokenOf(HttpRequest request) {
        return request.headers().firstValue("Authorization")
                .filter(value -> value.startsWith(LocalApiToken.SCHEME))
                .map(value -> value.substring(LocalApiToken.SCHEME.length()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
