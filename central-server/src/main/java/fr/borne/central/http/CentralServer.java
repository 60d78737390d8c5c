package fr.borne.central.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.CentralServices;
import fr.borne.central.allotment.Escrow;
import fr.borne.central.audit.KioskAuditLog;
import fr.borne.central.booking.CentralBookings;
import fr.borne.central.booking.OfflineOverrides;
import fr.borne.central.booking.Reply;
import fr.borne.central.feed.ChangeFeed;
import fr.borne.central.feed.FeedWaits;
import fr.borne.central.feed.Publisher;
import fr.borne.central.fleet.FleetAccess;
import fr.borne.central.fleet.FleetRoutes;
import fr.borne.central.fleet.FleetSettings;
import fr.borne.central.kiosk.KioskRegistry;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.remote.BadgeLookupLimit;
import fr.borne.central.remote.RemoteDirectory;
import fr.borne.store.Database;
import fr.borne.sync.AllotmentAnswer;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.AllotmentTotals;
import fr.borne.sync.AuditBatch;
import fr.borne.sync.AuditReceipt;
import fr.borne.sync.CancelBooking;
import fr.borne.sync.Change;
import fr.borne.sync.ChangeVisitors;
import fr.borne.sync.ClosureData;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.HeartbeatAck;
import fr.borne.sync.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The HTTP face of central: the {@code /v1} protocol of {@code openapi/borne-v1.yaml}
 * and the admin calls used by tests, demos and the portal. With TLS (the default) every
 * caller shows a certificate: a kiosk's from the kiosk authority, named in its SAN, or an
 * administrator's from the admin authority ({@link Callers}); without it (the embedded demo
 * on loopback only) the caller names itself in a header, and {@code adminNames} are the
 * names that make admin calls there.
 */
public final class CentralServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);
    private static final int MAX_PAGE = 5_000;
    /** The wait a long poll of the feed was granted, in milliseconds: present when central long-polls. */
    public static final String FEED_WAIT_HEADER = "Borne-Feed-Wait";
    /** The largest call (500 audit entries) needs about 600 KB; a bigger body is refused as it streams in. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final Database database;
    private final Clock clock;
    private final Optional<ServerTls> tls;
    private final ObjectMapper json;
    private final ChangeFeed feed;
    private final Publisher publisher;
    private final Escrow escrow;
    private final KioskRegistry kiosks;
    private final CentralBookings bookings;
    private final AdminCalls admin;
    private final CentralServices services;
    private final RemoteDirectory remote;
    private final Callers callers;
    private final KioskAuditLog audit = new KioskAuditLog();
    private final FleetSettings fleetSettings;
    private final OfflineOverrides overrides;
    private final BadgeLookupLimit lookups;
    private final BodyReader bodies;
    private final FeedWaits.Limits waitLimits;
    private FeedWaits waits;
    private Javalin app;

    /** Central with the fleet view's settings from the {@code borne.fleet.*} system properties. */
    public CentralServer(CentralServices services, Optional<ServerTls> tls, java.util.Set<String> adminNames) {
        this(services, tls, adminNames, FleetSettings.from(System.getProperties()));
    }

    public CentralServer(CentralServices services, Optional<ServerTls> tls, java.util.Set<String> adminNames,
                         FleetSettings fleetSettings) {
        this(services, tls, adminNames, fleetSettings, FeedWaits.Limits.defaults());
    }

    /** @param waitLimits how many long polls of the feed a kiosk and central in all may hold, and how long */
    public CentralServer(CentralServices services, Optional<ServerTls> tls, java.util.Set<String> adminNames,
                         FleetSettings fleetSettings, FeedWaits.Limits waitLimits) {
        this.waitLimits = waitLimits;
        this.services = services;
        this.database = services.database();
        this.clock = services.clock();
        this.json = services.json();
        this.feed = services.feed();
        this.publisher = services.publisher();
        this.escrow = services.escrow();
        this.kiosks = services.kiosks();
        this.bookings = services.bookings();
        this.admin = new AdminCalls(services);
        this.remote = new RemoteDirectory(services.database(), services.settings(), services.clock(),
                services.bookings(), services.sessions());
        this.overrides = services.overrides();
        this.lookups = new BadgeLookupLimit(services.clock(), BadgeLookupLimit.DEFAULT_BURST,
                BadgeLookupLimit.DEFAULT_REFILL);
        this.bodies = new BodyReader(services.json(), MAX_BODY_BYTES);
        this.tls = tls;
        this.callers = new Callers(tls, adminNames, services.database(), services.kiosks());
        this.fleetSettings = fleetSettings;
    }

    /** How many long polls of the feed wait now (0 before the server starts). */
    public int feedWaiting() {
        FeedWaits current = waits;
        return current == null ? 0 : current.waiting();
    }

    /** Starts listening on {@code host:port} (0 picks a free port) and returns the port. */
    public int start(String host, int port) {
        if (tls.isEmpty() && !LoopbackGuard.isLoopback(host)) {
            throw new IllegalArgumentException("plain HTTP listens on loopback only, not on " + host);
        }
        waits = new FeedWaits(database, feed, waitLimits);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.useVirtualThreads = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.modifyServer(server -> {
                ServerConnector connector = tls.map(t -> {
                    HttpConfiguration https = quietConfiguration();
                    https.addCustomizer(new SecureRequestCustomizer(false));
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setSslContext(t.sslContext());
                    ssl.setNeedClientAuth(true);
                    return new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                            new HttpConnectionFactory(https));
                }).orElseGet(() -> new ServerConnector(server, new HttpConnectionFactory(quietConfiguration())));
                connector.setHost(host);
                connector.setPort(port);
                server.setConnectors(new org.eclipse.jetty.server.Connector[] {connector});
                server.setErrorHandler(new ProblemErrorHandler());
            });
        });
        routes(app);
        app.start();
        int bound = ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
        LOG.info("central server listening on {}:{} ({})", host, bound, tls.isPresent() ? "mutual TLS" : "plain HTTP");
        return bound;
    }

    private void routes(Javalin app) {
        errors(app);
        if (tls.isEmpty()) {
            app.before(ctx -> LoopbackGuard.check(ctx.host()).ifPresent(wrong -> {
                throw new Forbidden(Problem.WRONG_HOST, wrong);
            }));
        }

        app.get("/v1/changes", ctx -> {
            Principal.Kiosk kiosk = kiosk(ctx);
            long cursor = cursor(ctx.queryParam("cursor"));
            int limit = Math.min(MAX_PAGE, Math.max(1, intParam(ctx.queryParam("limit"), 1_000)));
            long wait = waitMillis(ctx.queryParam("wait"));
            if (wait == 0) {
                String page = database.readOneStatement(c -> feed.pageJson(c, kiosk.establishmentId(), kiosk.id(), cursor,
                        limit));
                ctx.contentType("application/json").result(page);
                return;
            }
            long granted = Math.min(wait, waitLimits.longest().toMillis());
            FeedWaits.Admission admission = waits.await(kiosk.id(), kiosk.establishmentId(), cursor, limit,
                    java.time.Duration.ofMillis(granted));
            if (admission instanceof FeedWaits.Admission.Refused refused) {
                if (refused.status() == 503) {
                    ctx.header("Retry-After", "5");
                }
                problem(ctx, refused.status(), refused.code(), refused.message());
                return;
            }
            ctx.header(FEED_WAIT_HEADER, Long.toString(granted));
            ctx.future(() -> ((FeedWaits.Admission.Waiting) admission).page()
                    .thenAccept(page -> ctx.contentType("application/json").result(page))
                    .exceptionally(failure -> {
                        LOG.error("a wait on the feed failed", failure);
                        problem(ctx, 500, Problem.SERVER_ERROR, "central could not answer; try again later");
                        return null;
                    }));
        });
        // Whatever a write published, waits on the feed hear of it now rather than at the next tick.
        app.after(ctx -> {
            if (!"GET".equals(ctx.method().name())) {
                waits.poke();
            }
        });
        app.post("/v1/bookings", ctx -> reply(ctx, bookings.create(principal(ctx), idempotencyKey(ctx),
                body(ctx, CreateBooking.class), session(ctx))));
        app.patch("/v1/bookings/{id}", ctx -> reply(ctx, bookings.changeVisitors(principal(ctx), idempotencyKey(ctx),
                uuid(ctx.pathParam("id")), body(ctx, ChangeVisitors.class), session(ctx))));
        app.delete("/v1/bookings/{id}", ctx -> reply(ctx, bookings.cancel(principal(ctx), idempotencyKey(ctx),
                uuid(ctx.pathParam("id")), body(ctx, CancelBooking.class), session(ctx))));
        app.post("/v1/allotments", ctx -> {
            Principal.Kiosk kiosk = kiosk(ctx);
            AllotmentRequest request = body(ctx, AllotmentRequest.class);
            List<String> gates = request.claims().stream()
                    .map(claim -> CentralBookings.roundDay(claim.roundId(), claim.date())).toList();
            List<AllotmentTotals> totals = database.write(gates, c -> {
                List<AllotmentTotals> after = new ArrayList<>();
                for (AllotmentClaim claim : request.claims()) {
                    after.add(escrow.claim(c, kiosk.id(), kiosk.establishmentId(), claim, clock.instant()));
                }
                return after;
            }, after -> true);
            ctx.json(new AllotmentAnswer(totals));
        });
        app.post("/v1/kiosks/{id}/heartbeat", ctx -> {
            Principal.Kiosk kiosk = kiosk(ctx);
            if (!kiosk.id().equals(ctx.pathParam("id"))) {
                throw new Forbidden(Problem.UNKNOWN_KIOSK, "a kiosk reports only for itself");
            }
            Heartbeat heartbeat = body(ctx, Heartbeat.class);
            database.write(c -> {
                kiosks.heartbeat(c, kiosk.id(), heartbeat, clock.instant());
                return null;
            });
            ctx.json(new HeartbeatAck(kiosk.id(), kiosk.establishmentId(), clock.instant()));
        });
        app.post("/v1/kiosks/{id}/audit", ctx -> {
            Principal.Kiosk kiosk = kiosk(ctx);
            if (!kiosk.id().equals(ctx.pathParam("id"))) {
                throw new Forbidden(Problem.UNKNOWN_KIOSK, "a kiosk reports only for itself");
            }
            AuditBatch batch = body(ctx, AuditBatch.class);
            audit.problem(batch).ifPresent(problem -> {
                throw new BadRequest(problem);
            });
            int stored = database.write(c -> audit.store(c, kiosk.id(), batch, clock.instant()));
            ctx.json(new AuditReceipt(kiosk.id(), batch.entries().size(), stored));
        });

        FleetAccess fleetAccess = tls.isPresent() ? FleetAccess.adminCertificate(tls.get().adminAuthority()) : FleetAccess.loopbackOnly();
        new FleetRoutes(database, json, clock, fleetAccess, fleetSettings).register(app);
        new RemoteRoutes(remote, lookups, this::kiosk).register(app);
        new ContactRoutes(services, this::principal, RemoteRoutes::session, this::body).register(app);

        app.before(ctx -> {
            String query = ctx.queryString();
            if (ctx.path().contains("\u0000") || ctx.path().toLowerCase(java.util.Locale.ROOT).contains("%00")
                    || query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
                throw new BadRequest(BodyReader.NUL_REFUSED);
            }
        });
        app.before("/v1/admin/*", ctx -> admin(ctx));
        app.post("/v1/admin/kiosks", ctx -> {
            AdminCalls.KioskRegistration registration = body(ctx, AdminCalls.KioskRegistration.class);
            admin.registerKiosk(registration);
            ctx.status(204);
        });
        app.post("/v1/admin/kiosks/{id}/revoke", ctx -> {
            if (!admin.revokeKiosk(ctx.pathParam("id"))) {
                throw new NotFound(Problem.UNKNOWN_KIOSK, "no kiosk " + ctx.pathParam("id"));
            }
            ctx.status(204);
        });
        app.post("/v1/admin/changes", ctx -> {
            admin.publish(List.of(body(ctx, Change[].class)));
            ctx.status(204);
        });
        app.post("/v1/admin/closures", ctx -> {
            ClosureData closure = body(ctx, ClosureData.class);
            if (closure.establishmentId() == null || closure.date() == null) {
                throw new BadRequest("a closure names an establishmentId and a date");
            }
            if (closure.reason() == null) {
                closure = new ClosureData(closure.establishmentId(), closure.date(), closure.roundId(), "");
            }
            if (!admin.closeIfKnown(closure)) {
                throw new NotFound(Problem.NOT_FOUND, "no establishment " + closure.establishmentId());
            }
            ctx.status(204);
        });
        new MovementRoutes(admin, this::body).register(app);
        app.post("/v1/admin/bookings", ctx -> reply(ctx, bookings.create(admin(ctx), idempotencyKey(ctx),
                body(ctx, CreateBooking.class))));
        app.delete("/v1/admin/bookings/{id}", ctx -> reply(ctx, bookings.cancel(admin(ctx), idempotencyKey(ctx),
                uuid(ctx.pathParam("id")), body(ctx, CancelBooking.class))));
        app.get("/v1/admin/offline-overrides", ctx -> ctx.json(database.read(overrides::all)));
        app.post("/v1/admin/allotments/recall", ctx -> {
            AdminCalls.Recall recall = body(ctx, AdminCalls.Recall.class);
            ctx.json(admin.recall(recall));
        });
    }

    private void reply(Context ctx, Reply reply) {
        if (reply instanceof Reply.Answered answered) {
            ctx.json(answered.answer());
        } else {
            Reply.Failed failed = (Reply.Failed) reply;
            problem(ctx, failed.status(), failed.problem().code(), failed.problem().message());
        }
    }

    static void problem(Context ctx, int status, String code, String message) {
        Problems.answer(ctx, status, code, message);
    }

    /** Every failure becomes a problem: never a stack trace, a Java type or Jetty's HTML page. */
    private void errors(Javalin app) {
        app.exception(BadRequest.class, (e, ctx) -> problem(ctx, 400, Problem.BAD_REQUEST, e.getMessage()));
        app.exception(Forbidden.class, (e, ctx) -> problem(ctx, 403, e.code, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> problem(ctx, 404, e.code, e.getMessage()));
        app.exception(com.fasterxml.jackson.core.JacksonException.class,
                (e, ctx) -> problem(ctx, 400, Problem.BAD_REQUEST, "unreadable JSON: " + e.getOriginalMessage()));
        app.exception(BodyReader.TooLarge.class, (e, ctx) -> {
            ctx.header("Connection", "close");
            problem(ctx, 413, Problem.TOO_LARGE, e.getMessage());
        });
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                e.getStatus() == 404 ? Problem.NOT_FOUND : Problem.BAD_REQUEST, e.getMessage()));
        app.exception(fr.borne.store.StoreException.class, (e, ctx) -> {
            if (StoredConflict.isConstraint(e)) {
                problem(ctx, 409, Problem.CONFLICT, "the request names something central does not hold");
            } else {
                LOG.error("store failed on {} {}", ctx.method(), ctx.matchedPath(), e);
                problem(ctx, 500, Problem.SERVER_ERROR, "central could not answer; try again later");
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.matchedPath(), e);
            problem(ctx, 500, Problem.SERVER_ERROR, "central could not answer; try again later");
        });
        app.error(404, ctx -> {
            String written = ctx.res().getContentType();
            if (written == null || !written.startsWith(Problems.CONTENT_TYPE)) {
                problem(ctx, 404, Problem.NOT_FOUND, "no such resource");
            }
        });
        app.error(405, ctx -> problem(ctx, 405, Problem.BAD_REQUEST, "method not allowed here"));
    }

    private static HttpConfiguration quietConfiguration() {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setSendXPoweredBy(false);
        return configuration;
    }

    private static Optional<String> session(Context ctx) {
        return RemoteRoutes.session(ctx);
    }

    private Principal principal(Context ctx) {
        return callers.principal(ctx);
    }

    private Principal.Admin admin(Context ctx) {
        return callers.admin(ctx);
    }

    private Principal.Kiosk kiosk(Context ctx) {
        return callers.kiosk(ctx);
    }

    private <T> T body(Context ctx, Class<T> type) {
        return bodies.read(ctx, type);
    }

    private static String idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new BadRequest("an Idempotency-Key header is required");
        }
        return key;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("not a booking id: " + text);
        }
    }

    private static long cursor(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("not a cursor: " + text);
        }
    }

    /** The {@code wait} of a long poll, in milliseconds: absent is 0, a negative or unreadable one is refused. */
    private static long waitMillis(String text) {
        long wait = intParam(text, 0);
        if (wait < 0) {
            throw new BadRequest("a wait is 0 or more milliseconds: " + text);
        }
        return wait;
    }

    private static int intParam(String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("not a number: " + text);
        }
    }

    @Override
    public void close() {
        if (waits != null) {
            waits.close();
            waits = null;
        }
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static final class Forbidden extends RuntimeException {
        final String code;

        Forbidden(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    static final class NotFound extends RuntimeException {
        final String code;

        NotFound(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
