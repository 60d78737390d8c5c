package fr.borne.agent.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import fr.borne.sync.AllotmentAnswer;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.AuditBatch;
import fr.borne.sync.AuditReceipt;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.CancelBooking;
import fr.borne.sync.ChangePage;
import fr.borne.sync.ChangeVisitors;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.HeartbeatAck;
import fr.borne.sync.Problem;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteVisitor;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The protocol of {@code borne-v1.yaml} from the kiosk's side, over OkHttp with mutual
 * TLS. Every call ends in an {@link Outcome}: failures that may pass (network, timeout,
 * 5xx, a garbled body) are retried a few times with exponential backoff and jitter and
 * then reported as unreachable; a 4xx is a refusal and is never resent. OkHttp's own
 * silent resend is off; writes carry idempotency keys so resending is always safe.
 * <p>
 * A whole call, retries included, ends within the settings' budget: each attempt gets at
 * most the time left, no retry starts once it is spent, and the call runs on a thread of
 * its own that the caller stops waiting for at the budget (plus a short grace), cancelling
 * it, so even a name lookup that hangs while the network is gone, which no timeout of
 * OkHttp's reaches, cannot hold the caller longer.
 */
public final class CentralClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralClient.class);
    private static final MediaType JSON = MediaType.get("application/json");
    static final String KIOSK_HEADER = "X-Borne-Kiosk";
    /** B11: the session central opened for the visitor of another establishment at this kiosk. */
    static final String VISITOR_SESSION_HEADER = "Borne-Visitor-Session";
    /** How much later than the budget the caller gives up on an attempt stuck where no timeout reaches. */
    static final Duration GRACE = Duration.ofMillis(100);
    /** How long an idle connection to central is kept: less than central's 30 s idle timeout. */
    static final Duration IDLE_CONNECTION = Duration.ofSeconds(20);
    /** The longest long poll of the feed central grants. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(25);
    /** Central's answer to a long poll names the wait it granted; an older central answers at once without it. */
    static final String FEED_WAIT_HEADER = "Borne-Feed-Wait";

    /** A page of the feed after a long poll, and whether central held the request (it long-polls). */
    public record WaitedPage(String page, boolean waited) {
    }

    private final ClientSettings settings;
    private final HttpUrl base;
    private final OkHttpClient http;
    /** The same connections, with reads allowed to last a long poll of the feed. */
    private final OkHttpClient waiting;
    private final ObjectMapper json;
    private final LinkState link;
    private final ExecutorService callers;
    private final FailsafeExecutor<Outcome<?>> budgeted;
    private volatile String remoteSession;

    /** @param link where the outcome of every call is noted, shared by the agent's clients */
    public CentralClient(ClientSettings settings, ObjectMapper json, LinkState link) {
        this(settings, json, link, Dns.SYSTEM);
    }

    /** @param dns how central's name is resolved (the system's resolver but in tests of a resolver that hangs) */
    CentralClient(ClientSettings settings, ObjectMapper json, LinkState link, Dns dns) {
        this.settings = settings;
        this.link = link;
        this.base = HttpUrl.get(settings.baseUrl());
        this.json = json;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .retryOnConnectionFailure(false)
                .socketFactory(new NoDelaySockets())
                // Central (Jetty) closes a connection idle for 30 s: drop ours first rather than
                // send a heartbeat down a connection central is closing.
                .connectionPool(new okhttp3.ConnectionPool(5, IDLE_CONNECTION.toSeconds(), TimeUnit.SECONDS))
                .dns(dns);
        settings.tls().ifPresent(tls -> tls.applyTo(builder));
        this.http = builder.build();
        this.waiting = http.newBuilder().readTimeout(settings.readTimeout().plus(LONGEST_WAIT))
                .callTimeout(Duration.ZERO).build();
        RetryPolicy<Outcome<?>> retry = RetryPolicy.<Outcome<?>>builder()
                .handleResultIf(outcome -> outcome instanceof Outcome.Unreachable)
                .withMaxDuration(settings.budget())
                .withBackoff(settings.firstBackoff(), settings.maxBackoff())
                .withJitter(0.25)
                .withMaxRetries(settings.retries())
                .onRetry(event -> LOG.debug("central not reached ({}), retry {}",
                        event.getLastResult() instanceof Outcome.Unreachable<?> u ? u.why() : "?",
                        event.getAttemptCount()))
                .build();
        AtomicInteger threads = new AtomicInteger();
        this.callers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "central-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.budgeted = Failsafe.with(retry).with(callers);
    }

    /** A page of the feed as central's text, for the puller to read (change by change if it must: one it cannot read must not hide the rest). */
    public Outcome<String> changes(String cursor, int limit) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/changes").addQueryParameter("cursor", cursor)
                .addQueryParameter("limit", Integer.toString(limit)).build();
        return call(request(url).get().build(), String.class);
    }

    /**
     * A long poll of the feed: central answers as soon as a change follows {@code cursor} or,
     * after {@code wait} (at most {@link #LONGEST_WAIT}), with an empty page. Never retried: the
     * watcher asks again. Over the same connections as every other call.
     */
    public Outcome<WaitedPage> waitForChanges(String cursor, int limit, Duration wait) {
        Duration asked = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        HttpUrl url = base.newBuilder().addPathSegments("v1/changes").addQueryParameter("cursor", cursor)
                .addQueryParameter("limit", Integer.toString(limit))
                .addQueryParameter("wait", Long.toString(asked.toMillis())).build();
        java.util.concurrent.atomic.AtomicBoolean waited = new java.util.concurrent.atomic.AtomicBoolean();
        Outcome<String> outcome = call(request(url).get().build(), String.class, waiting,
                Failsafe.<Outcome<?>>none().with(callers), asked.plus(settings.readTimeout()),
                headers -> waited.set(headers.get(FEED_WAIT_HEADER) != null));
        if (outcome instanceof Outcome.Answered<String> answered) {
            return new Outcome.Answered<>(new WaitedPage(answered.body(), waited.get()));
        }
        if (outcome instanceof Outcome.Rejected<String> rejected) {
            return new Outcome.Rejected<>(rejected.status(), rejected.problem(), rejected.explained());
        }
        return new Outcome.Unreachable<>(((Outcome.Unreachable<String>) outcome).why());
    }

    public Outcome<BookingAnswer> create(String idempotencyKey, CreateBooking command) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/bookings").build();
        return call(request(url).header("Idempotency-Key", idempotencyKey).post(body(command)).build(),
                BookingAnswer.class);
    }

    public Outcome<BookingAnswer> changeVisitors(String idempotencyKey, UUID bookingId, ChangeVisitors command) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/bookings").addPathSegment(bookingId.toString()).build();
        return call(request(url).header("Idempotency-Key", idempotencyKey).patch(body(command)).build(),
                BookingAnswer.class);
    }

    public Outcome<BookingAnswer> cancel(String idempotencyKey, UUID bookingId, CancelBooking command) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/bookings").addPathSegment(bookingId.toString()).build();
        return call(request(url).header("Idempotency-Key", idempotencyKey).delete(body(command)).build(),
                BookingAnswer.class);
    }

    public Outcome<AllotmentAnswer> allotments(AllotmentRequest request) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/allotments").build();
        return call(request(url).post(body(request)).build(), AllotmentAnswer.class);
    }

    public Outcome<HeartbeatAck> heartbeat(Heartbeat heartbeat) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/kiosks").addPathSegment(settings.kioskId())
                .addPathSegment("heartbeat").build();
        return call(request(url).post(body(heartbeat)).build(), HeartbeatAck.class);
    }

    /** Entries of the technicians' audit log; central keeps each once, however often it is sent. */
    public Outcome<AuditReceipt> audit(AuditBatch batch) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/kiosks").addPathSegment(settings.kioskId())
                .addPathSegment("audit").build();
        return call(request(url).post(body(batch)).build(), AuditReceipt.class);
    }

    /**
     * B11: a badge no replica of this kiosk knows, looked up across establishments by the
     * hash of its code. For a known visitor central opens a session at this kiosk, which
     * the client then carries on every call until the next look-up or
     * {@link #endRemoteSession()}: central answers remote calls only within it.
     */
    public Outcome<RemoteVisitor> remoteBadge(String codeHash) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/remote/badges").addPathSegment(codeHash).build();
        remoteSession = null;
        AtomicReference<String> opened = new AtomicReference<>();
        Outcome<RemoteVisitor> outcome = call(request(url).get().build(), RemoteVisitor.class,
                headers -> opened.set(headers.get(VISITOR_SESSION_HEADER)));
        if (outcome instanceof Outcome.Answered<RemoteVisitor> answered && answered.body().visitor() != null) {
            remoteSession = opened.get();
        }
        return outcome;
    }

    /** B11: the visitor of another establishment has gone; central closes their session. */
    public Outcome<Void> endRemoteSession() {
        remoteSession = null;
        HttpUrl url = base.newBuilder().addPathSegments("v1/remote/session").build();
        return call(request(url).delete().build(), Void.class);
    }

    /** T4: a visitor's contact for central's notices (within the B11 session for a visitor of elsewhere). */
    public Outcome<Void> contact(fr.borne.sync.local.OnlineContact contact) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/contacts").build();
        return call(request(url).post(body(contact)).build(), Void.class);
    }

    /** B11: availability for a detainee held elsewhere, as central's rules see it for that visitor. */
    public Outcome<RemoteAvailability> remoteAvailability(String detaineeId, String visitorId) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/remote/detainees").addPathSegment(detaineeId)
                .addPathSegment("availability").addQueryParameter("visitor", visitorId).build();
        return call(request(url).get().build(), RemoteAvailability.class);
    }

    /**
     * Whether central answers now: one read of the feed after {@code cursor}, at most one
     * change long, never retried, ended within {@code within}. Nothing is sent or written at
     * central; the page is not applied (the feed's puller does that). Noted like any call.
     */
    public Outcome<ChangePage> probe(String cursor, Duration within) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/changes").addQueryParameter("cursor", cursor)
                .addQueryParameter("limit", "1").build();
        return call(request(url).get().build(), ChangePage.class, Failsafe.<Outcome<?>>none().with(callers), within,
                headers -> { });
    }

    private <T> Outcome<T> call(Request request, Class<T> type) {
        return call(request, type, headers -> { });
    }

    private <T> Outcome<T> call(Request request, Class<T> type, Consumer<Headers> onAnswer) {
        return call(request, type, budgeted, settings.budget(), onAnswer);
    }

    private <T> Outcome<T> call(Request request, Class<T> type, FailsafeExecutor<Outcome<?>> policies, Duration budget,
                                Consumer<Headers> onAnswer) {
        return call(request, type, http, policies, budget, onAnswer);
    }

    @SuppressWarnings("unchecked")
    private <T> Outcome<T> call(Request request, Class<T> type, OkHttpClient client,
                                FailsafeExecutor<Outcome<?>> policies, Duration budget, Consumer<Headers> onAnswer) {
        long deadline = System.nanoTime() + budget.toNanos();
        CompletableFuture<Outcome<?>> running = policies.getAsync(
                context -> attempt(context, client, request, type, deadline, onAnswer));
        Outcome<T> outcome;
        try {
            outcome = (Outcome<T>) running.get(budget.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            outcome = new Outcome.Unreachable<>("no answer within " + budget.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException("a call to central failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            outcome = new Outcome.Unreachable<>("call abandoned: the agent is stopping");
        }
        if (outcome instanceof Outcome.Unreachable<T> unreachable) {
            link.failed(unreachable.why());
        } else {
            link.answered();
        }
        return outcome;
    }

    /** One attempt, given at most the time left before {@code deadline} (a {@link System#nanoTime()}). */
    private <T> Outcome<?> attempt(ExecutionContext<Outcome<?>> context, OkHttpClient client, Request request,
                                   Class<T> type, long deadline, Consumer<Headers> onAnswer) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return context.getLastResult(new Outcome.Unreachable<>("no time left to call central"));
        }
        long perAttempt = settings.callTimeout().isZero() || client == waiting ? left
                : Math.min(left, settings.callTimeout().toNanos());
        Call call = client.newCall(request);
        call.timeout().timeout(perAttempt, TimeUnit.NANOSECONDS);
        context.onCancel(call::cancel);
        if (context.isCancelled()) {
            call.cancel();
        }
        return once(call, type, onAnswer);
    }

    private <T> Outcome<T> once(Call call, Class<T> type, Consumer<Headers> onAnswer) {
        try (Response response = call.execute()) {
            int status = response.code();
            String text = response.body().string();
            if (status == 204 && type == Void.class) {
                return new Outcome.Answered<>(null);
            }
            if (status >= 200 && status < 300) {
                onAnswer.accept(response.headers());
                if (type == String.class) {
                    return text.isBlank() ? new Outcome.Unreachable<>("empty answer") : new Outcome.Answered<>(type.cast(text));
                }
                try {
                    T body = json.readValue(text, type);
                    return body == null ? new Outcome.Unreachable<>("empty answer") : new Outcome.Answered<>(body);
                } catch (JsonProcessingException e) {
                    return new Outcome.Unreachable<>("garbled answer from central (HTTP " + status + ")");
                }
            }
            if (status >= 500) {
                return new Outcome.Unreachable<>("central answered HTTP " + status, Optional.of(status));
            }
            if (status == 408 || status == 429) {
                return new Outcome.Unreachable<>("central answered HTTP " + status);
            }
            Optional<Problem> problem = problem(text);
            return new Outcome.Rejected<>(status, problem.orElseGet(() -> new Problem("HTTP_" + status,
                    "central refused the call with HTTP " + status)), problem.isPresent());
        } catch (IOException e) {
            return new Outcome.Unreachable<>(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Central's problem, when the body is one (not a proxy's page). */
    private Optional<Problem> problem(String text) {
        try {
            return Optional.ofNullable(json.readValue(text, Problem.class)).filter(p -> p.code() != null);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder builder = new Request.Builder().url(url);
        String session = remoteSession;
        if (session != null) {
            builder.header(VISITOR_SESSION_HEADER, session);
        }
        if (settings.tls().isEmpty()) {
            builder.header(KIOSK_HEADER, settings.kioskId());
        }
        return builder;
    }

    private RequestBody body(Object value) {
        try {
            return RequestBody.create(json.writeValueAsBytes(value), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protocol records always serialise", e);
        }
    }

    @Override
    public void close() {
        callers.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
