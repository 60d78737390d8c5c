package fr.borne.agent.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
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
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

/**
 * The protocol of {@code borne-v1.yaml} from the kiosk's side, over OkHttp with mutual
 * TLS. Every call ends in an {@link Outcome}: failures that may pass (network, timeout,
 * 5xx, a garbled body) are retried a few times with exponential backoff and jitter and
 * then reported as unreachable; a 4xx is a refusal and is never resent. OkHttp's own
 * silent resend is off; writes carry idempotency keys so resending is always safe.
 */
public final class CentralClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralClient.class);
    private static final MediaType JSON = MediaType.get("application/json");
    static final String KIOSK_HEADER = "X-Borne-Kiosk";

    private final ClientSettings settings;
    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final RetryPolicy<Outcome<?>> retry;
    private final LinkState link;

    public CentralClient(ClientSettings settings, ObjectMapper json) {
        this(settings, json, new LinkState(Clock.systemUTC()));
    }

    /** @param link where the outcome of every call is noted, shared by the agent's clients */
    public CentralClient(ClientSettings settings, ObjectMapper json, LinkState link) {
        this.settings = settings;
        this.link = link;
        this.base = HttpUrl.get(settings.baseUrl());
        this.json = json;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .retryOnConnectionFailure(false);
        settings.tls().ifPresent(tls -> tls.applyTo(builder));
        this.http = builder.build();
        this.retry = RetryPolicy.<Outcome<?>>builder()
                .handleResultIf(outcome -> outcome instanceof Outcome.Unreachable)
                .withBackoff(settings.firstBackoff(), settings.maxBackoff())
                .withJitter(0.25)
                .withMaxRetries(settings.retries())
                .onRetry(event -> LOG.debug("central not reached ({}), retry {}",
                        event.getLastResult() instanceof Outcome.Unreachable<?> u ? u.why() : "?",
                        event.getAttemptCount()))
                .build();
    }

    public Outcome<ChangePage> changes(String cursor, int limit) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/changes").addQueryParameter("cursor", cursor)
                .addQueryParameter("limit", Integer.toString(limit)).build();
        return call(request(url).get().build(), ChangePage.class);
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

    /** B11: a badge no replica of this kiosk knows, looked up across establishments by the hash of its code. */
    public Outcome<RemoteVisitor> remoteBadge(String codeHash) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/remote/badges").addPathSegment(codeHash).build();
        return call(request(url).get().build(), RemoteVisitor.class);
    }

    /** B11: availability for a detainee held elsewhere, as central's rules see it for that visitor. */
    public Outcome<RemoteAvailability> remoteAvailability(String detaineeId, String visitorId) {
        HttpUrl url = base.newBuilder().addPathSegments("v1/remote/detainees").addPathSegment(detaineeId)
                .addPathSegment("availability").addQueryParameter("visitor", visitorId).build();
        return call(request(url).get().build(), RemoteAvailability.class);
    }

    @SuppressWarnings("unchecked")
    private <T> Outcome<T> call(Request request, Class<T> type) {
        Outcome<T> outcome = (Outcome<T>) Failsafe.with(retry).get(() -> once(request, type));
        if (outcome instanceof Outcome.Unreachable<T> unreachable) {
            link.failed(unreachable.why());
        } else {
            link.answered();
        }
        return outcome;
    }

    private <T> Outcome<T> once(Request request, Class<T> type) {
        try (Response response = http.newCall(request).execute()) {
            int status = response.code();
            String text = response.body().string();
            if (status >= 200 && status < 300) {
                try {
                    T body = json.readValue(text, type);
                    return body == null ? new Outcome.Unreachable<>("empty answer") : new Outcome.Answered<>(body);
                } catch (JsonProcessingException e) {
                    return new Outcome.Unreachable<>("garbled answer from central (HTTP " + status + ")");
                }
            }
            if (status == 408 || status == 429 || status >= 500) {
                return new Outcome.Unreachable<>("central answered HTTP " + status);
            }
            return new Outcome.Rejected<>(status, problem(status, text));
        } catch (IOException e) {
            return new Outcome.Unreachable<>(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Problem problem(int status, String text) {
        try {
            Problem problem = json.readValue(text, Problem.class);
            if (problem != null && problem.code() != null) {
                return problem;
            }
        } catch (JsonProcessingException e) {
            // not a problem body: report the status alone
        }
        return new Problem("HTTP_" + status, "central refused the call with HTTP " + status);
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder builder = new Request.Builder().url(url);
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
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
