package fr.borne.central.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.store.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Serves the fleet view: {@code GET /fleet} (the page), {@code GET /fleet/kiosks.json} and
 * its style sheet, to the administration only.
 */
public final class FleetRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(FleetRoutes.class);
    private static final String SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Database database;
    private final ObjectMapper json;
    private final Clock clock;
    private final FleetAccess access;
    private final FleetSettings settings;
    private final KioskReports reports;
    private final Messages messages;
    private final FleetPage page;
    private final byte[] styleSheet;

    public FleetRoutes(Database database, ObjectMapper json, Clock clock, FleetAccess access, FleetSettings settings) {
        this.database = database;
        this.json = json;
        this.clock = clock;
        this.access = access;
        this.settings = settings;
        this.reports = new KioskReports(json);
        this.messages = Messages.load();
        this.page = new FleetPage(messages);
        this.styleSheet = resource("/fleet/fleet.css");
    }

    public void register(Javalin app) {
        app.before("/fleet", this::guard);
        app.before("/fleet/*", this::guard);
        app.get("/fleet", ctx -> ctx.contentType("text/html; charset=utf-8").result(page.render(fleet())));
        app.get("/fleet/kiosks.json", ctx -> ctx.contentType("application/json")
                .result(json.writeValueAsString(FleetJson.of(fleet()))));
        app.get("/fleet/fleet.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=300").result(styleSheet));
    }

    private Fleet fleet() {
        return Fleet.judge(database.read(reports::all), clock.instant(), clock.getZone(), settings);
    }

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        if (!ctx.path().endsWith(".css")) {
            ctx.header("Cache-Control", "no-store");
        }
        Optional<String> caller = access.allowed(ctx.req());
        if (caller.isEmpty()) {
            LOG.info("fleet view refused to {}", ctx.req().getRemoteAddr());
            ctx.status(403).contentType("text/plain; charset=utf-8").result(messages.text("forbidden"));
            ctx.skipRemainingHandlers();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FleetRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
