package fr.borne.agent.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.Problem;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The agent's small HTTP API for the kiosk app's online-only questions
 * ({@code openapi/agent-local-v1.yaml}), on the loopback interface only: the kiosk app
 * never speaks to central itself, and nothing on the network can reach this. Every request
 * first gets past {@link LocalGuard} (loopback Host, no Origin, the per-boot token, JSON
 * bodies of bounded size); bodies are read with bounded depth and string lengths. Every
 * refusal is an {@code application/problem+json} with a stable {@code type}.
 */
public final class LocalApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalApi.class);

    private final OnlineBookings bookings;
    private final RemoteVisitors remote;
    private final StatusReport status;
    private final Runnable nudge;
    private final ObjectMapper json;
    private final ObjectMapper reader;
    private final LocalGuard guard;
    private Javalin app;

    /**
     * @param nudge wakes the agent's loop to push the outbox now
     * @param token what callers must show ({@code Authorization: Bearer <token>})
     */
    public LocalApi(OnlineBookings bookings, RemoteVisitors remote, StatusReport status, Runnable nudge,
                    ObjectMapper json, String token) {
        this.bookings = bookings;
        this.remote = remote;
        this.status = status;
        this.nudge = nudge;
        this.json = json;
        this.reader = LocalJson.reader();
        this.guard = new LocalGuard(token);
    }

    /** A fresh per-boot token. */
    public static String freshToken() {
        return TokenFile.fresh();
    }

    /** Publishes the token for the kiosk app: {@code file}, mode 0640, of {@code group} when named. */
    public static void publishToken(Path file, String token, Optional<String> group) {
        TokenFile.write(file, token, group);
    }

    /** Removes the token file when the API stops. */
    public static void forgetToken(Path file) {
        TokenFile.remove(file);
    }

    /** Listens on 127.0.0.1:{@code port} (0 picks a free port) and returns the port. */
    public int start(int port) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.defaultHost = InetAddress.getLoopbackAddress().getHostAddress();
            config.jetty.defaultPort = port;
            config.jetty.threadPool = new QueuedThreadPool(8, 2);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            ProblemErrorHandler errors = new ProblemErrorHandler(json);
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        });
        routes(app);
        app.start();
        InetSocketAddress bound = boundAddress();
        LOG.info("local API listening on {}:{}", bound.getAddress().getHostAddress(), bound.getPort());
        return bound.getPort();
    }

    /** The address the listening socket is bound to: always a loopback address. */
    public InetSocketAddress boundAddress() {
        ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
        try {
            return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void routes(Javalin app) {
        app.before(guard::check);
        app.exception(LocalRefusal.class, (e, ctx) -> problem(ctx, LocalProblem.of(e.status, e.code, e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, LocalProblem.of(e.getStatus(),
                e.getStatus() == 404 ? LocalProblem.NOT_FOUND : Problem.BAD_REQUEST, e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("local API {} {} failed", ctx.method(), ctx.matchedPath(), e);
            problem(ctx, LocalProblem.of(500, LocalProblem.INTERNAL, "the agent failed on this request"));
        });

        app.get("/local/v1/status", ctx -> ctx.json(probe(ctx) ? status.probed() : status.current()));
        app.post("/local/v1/outbox/nudge", ctx -> {
            nudge.run();
            ctx.status(204);
        });
        app.post("/local/v1/bookings", ctx -> reply(ctx,
                bookings.book(party(body(ctx, OnlineBooking.class), OnlineBooking::visitorIds))));
        app.patch("/local/v1/bookings/{id}", ctx -> reply(ctx,
                bookings.changeVisitors(bookingId(ctx), party(body(ctx, OnlineChange.class), OnlineChange::visitorIds))));
        app.delete("/local/v1/bookings/{id}", ctx -> reply(ctx,
                bookings.cancel(bookingId(ctx), body(ctx, OnlineCancel.class))));
        app.get("/local/v1/remote/badges/{codeHash}", ctx -> {
            String hash = ctx.pathParam("codeHash").toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new LocalRefusal(400, Problem.BAD_REQUEST,
                        "a badge is asked by the keyed hash of its code (HMAC-SHA256 under the deployment's key), in hex");
            }
            reply(ctx, remote.badge(hash));
        });
        app.delete("/local/v1/remote/session", ctx -> {
            OnlineReply<Void> ended = remote.endSession();
            if (ended instanceof OnlineReply.Answered<Void>) {
                ctx.status(204);
            } else {
                reply(ctx, ended);
            }
        });
        app.post("/local/v1/contacts", ctx -> {
            fr.borne.sync.local.OnlineContact contact = body(ctx, fr.borne.sync.local.OnlineContact.class);
            if (contact.visitorId() == null || contact.bookingId() == null || contact.channel() == null
                    || contact.address() == null || contact.language() == null) {
                throw new LocalRefusal(400, Problem.BAD_REQUEST,
                        "a contact names visitorId, bookingId, channel, address and language");
            }
            OnlineReply<Void> sent = remote.contact(contact);
            if (sent instanceof OnlineReply.Answered<Void>) {
                ctx.status(204);
            } else {
                reply(ctx, sent);
            }
        });
        app.get("/local/v1/remote/availability", ctx -> reply(ctx,
                remote.availability(required(ctx, "visitor"), required(ctx, "detainee"))));
    }

    private static void problem(Context ctx, LocalProblem problem) {
        ctx.status(problem.status()).json(problem).contentType(LocalProblem.MEDIA_TYPE);
    }

    private static void reply(Context ctx, OnlineReply<?> reply) {
        if (reply instanceof OnlineReply.Answered<?> answered) {
            ctx.json(answered.body());
        } else if (reply instanceof OnlineReply.Refused<?> refused) {
            // central not accepting this kiosk is the agent's problem, not the visitor's request
            int status = refused.status() == 401 || refused.status() == 403 ? 502 : refused.status();
            problem(ctx, LocalProblem.of(documented(status), refused.problem()));
        } else {
            ctx.status(503).json(((OnlineReply.Unreachable<?>) reply).why());
        }
    }

    /** Central's refusals the kiosk app knows what to do with keep their status; any other is the agent's 502. */
    private static int documented(int status) {
        return status == 400 || status == 404 || status == 409 || status == 422 || status == 502 ? status : 502;
    }

    private <T> T body(Context ctx, Class<T> type) {
        byte[] bytes = ctx.attribute(LocalGuard.BODY);
        if (bytes == null || bytes.length == 0) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "a JSON body is required");
        }
        try {
            T value = reader.readValue(bytes, type);
            if (value == null) {
                throw new LocalRefusal(400, Problem.BAD_REQUEST, "empty body");
            }
            return value;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "unreadable " + type.getSimpleName());
        }
    }

    /** B2: a lead visitor and at most two companions, before central is asked anything. */
    private static <T> T party(T request, Function<T, List<String>> visitorIds) {
        int size = visitorIds.apply(request).size();
        if (size < 1 || size > 3) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "one to three visitors, the lead visitor first");
        }
        return request;
    }

    /** {@code ?probe=true} asks central now; absent or {@code false}, the last call's word is enough. */
    private static boolean probe(Context ctx) {
        String value = ctx.queryParam("probe");
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new LocalRefusal(400, Problem.BAD_REQUEST, "probe is true or false");
    }

    private static UUID bookingId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "not a booking id");
        }
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "the " + name + " query parameter is required");
        }
        return value;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
