package fr.borne.central.http;

import fr.borne.central.kiosk.Principal;
import fr.borne.central.remote.BadgeLookupLimit;
import fr.borne.central.remote.RemoteDirectory;
import fr.borne.central.session.VisitorSessions;
import fr.borne.sync.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.function.Function;

/**
 * B11: a visitor of another establishment at a kiosk. Reading the badge (rate-limited per
 * kiosk) opens the visitor's session; availability is told only within it. Bookings go
 * through {@code /v1/bookings}, with the session.
 */
final class RemoteRoutes {

    private static final int MAX_SESSION_CHARS = 64;

    private final RemoteDirectory remote;
    private final BadgeLookupLimit lookups;
    private final Function<Context, Principal.Kiosk> kiosks;

    /** @param kiosks the calling kiosk, or a 403 when the caller is none */
    RemoteRoutes(RemoteDirectory remote, BadgeLookupLimit lookups, Function<Context, Principal.Kiosk> kiosks) {
        this.remote = remote;
        this.lookups = lookups;
        this.kiosks = kiosks;
    }

    /** The visitor session the request carries, if any. */
    static Optional<String> session(Context ctx) {
        return Optional.ofNullable(ctx.header(VisitorSessions.HEADER)).filter(s -> s.length() <= MAX_SESSION_CHARS);
    }

    void register(Javalin app) {
        app.get("/v1/remote/badges/{hash}", this::lookUp);
        app.delete("/v1/remote/session", ctx -> {
            remote.endSession(kiosks.apply(ctx));
            ctx.status(204);
        });
        app.get("/v1/remote/detainees/{id}/availability", this::availability);
    }

    private void lookUp(Context ctx) {
        Principal.Kiosk kiosk = kiosks.apply(ctx);
        String hash = ctx.pathParam("hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new CentralServer.BadRequest("a badge is looked up by the hash of its code, in lower-case hex");
        }
        if (!lookups.tryTake(kiosk.id())) {
            ctx.header("Retry-After", Long.toString(Math.max(1, lookups.retryAfter(kiosk.id()).toSeconds())));
            CentralServer.problem(ctx, 429, Problem.TOO_MANY_LOOKUPS,
                    "too many badge look-ups from this kiosk; try again later");
            return;
        }
        RemoteDirectory.Found found = remote.lookUp(kiosk, hash);
        found.session().ifPresent(session -> ctx.header(VisitorSessions.HEADER, session));
        ctx.json(found.visitor());
    }

    private void availability(Context ctx) {
        Principal.Kiosk kiosk = kiosks.apply(ctx);
        String visitor = ctx.queryParam("visitor");
        if (visitor == null || visitor.isBlank() || visitor.length() > RequestShape.MAX_ID) {
            throw new CentralServer.BadRequest("the visitor query parameter is required");
        }
        remote.availability(kiosk, session(ctx), visitor, ctx.pathParam("id")).ifPresentOrElse(ctx::json,
                () -> CentralServer.problem(ctx, 404, Problem.NO_PERMIT,
                        "no permit of the visitor whose badge this kiosk has just read names this detainee"));
    }
}
