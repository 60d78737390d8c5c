package fr.borne.agent.local;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.Problem;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import io.javalin.Javalin;
import io.javalin.http.Context;
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
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The agent's small HTTP API for the kiosk app's online-only questions
 * ({@code openapi/agent-local-v1.yaml}), on the loopback interface only: the kiosk app
 * never speaks to central itself, and nothing on the network can reach this. Requests
 * naming another host than the loopback are refused, so a web page cannot rebind a name
 * onto it.
 */
public final class LocalApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalApi.class);
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final OnlineBookings bookings;
    private final RemoteVisitors remote;
    private final StatusReport status;
    private final Runnable nudge;
    private final ObjectMapper json;
    private Javalin app;

    /** @param nudge wakes the agent's loop to push the outbox now */
    public LocalApi(OnlineBookings bookings, RemoteVisitors remote, StatusReport status, Runnable nudge,
                    ObjectMapper json) {
        this.bookings = bookings;
        this.remote = remote;
        this.status = status;
        this.nudge = nudge;
        this.json = json;
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
        app.before(ctx -> {
            if (!LOOPBACK_NAMES.contains(hostName(ctx.host()))) {
                throw new Refusal(403, Problem.BAD_REQUEST, "the local API answers on the loopback address only");
            }
        });
        app.exception(Refusal.class, (e, ctx) -> ctx.status(e.status).json(new Problem(e.code, e.getMessage())));

        app.get("/local/v1/status", ctx -> ctx.json(probe(ctx) ? status.probed() : status.current()));
        app.post("/local/v1/outbox/nudge", ctx -> {
            nudge.run();
            ctx.status(204);
        });
        app.post("/local/v1/bookings", ctx -> reply(ctx, bookings.book(body(ctx, OnlineBooking.class))));
        app.patch("/local/v1/bookings/{id}", ctx -> reply(ctx,
                bookings.changeVisitors(bookingId(ctx), body(ctx, OnlineChange.class))));
        app.delete("/local/v1/bookings/{id}", ctx -> reply(ctx,
                bookings.cancel(bookingId(ctx), body(ctx, OnlineCancel.class))));
        app.get("/local/v1/remote/badges/{codeHash}", ctx -> {
            String hash = ctx.pathParam("codeHash").toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new Refusal(400, Problem.BAD_REQUEST, "a badge is asked by the SHA-256 of its code, in hex");
            }
            reply(ctx, remote.badge(hash));
        });
        app.get("/local/v1/remote/availability", ctx -> reply(ctx,
                remote.availability(required(ctx, "visitor"), required(ctx, "detainee"))));
    }

    private static void reply(Context ctx, OnlineReply<?> reply) {
        if (reply instanceof OnlineReply.Answered<?> answered) {
            ctx.json(answered.body());
        } else if (reply instanceof OnlineReply.Refused<?> refused) {
            // central not accepting this kiosk is the agent's problem, not the visitor's request
            int status = refused.status() == 401 || refused.status() == 403 ? 502 : refused.status();
            ctx.status(status).json(refused.problem());
        } else {
            ctx.status(503).json(((OnlineReply.Unreachable<?>) reply).why());
        }
    }

    private <T> T body(Context ctx, Class<T> type) {
        try {
            T value = json.readValue(ctx.body(), type);
            if (value == null) {
                throw new Refusal(400, Problem.BAD_REQUEST, "empty body");
            }
            return value;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new Refusal(400, Problem.BAD_REQUEST, "unreadable " + type.getSimpleName());
        }
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
        throw new Refusal(400, Problem.BAD_REQUEST, "probe is true or false");
    }

    private static UUID bookingId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, Problem.BAD_REQUEST, "not a booking id");
        }
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new Refusal(400, Problem.BAD_REQUEST, "the " + name + " query parameter is required");
        }
        return value;
    }

    /** The host part of a Host header: "127.0.0.1:18090" → "127.0.0.1", "[::1]:18090" → "[::1]". */
    static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** A request the local API turns down itself, before asking central anything. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
