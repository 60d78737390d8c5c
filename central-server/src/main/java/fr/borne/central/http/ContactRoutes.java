package fr.borne.central.http;

import fr.borne.booking.Booking;
import fr.borne.central.CentralServices;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.notice.Contact;
import fr.borne.central.notice.ContactAddresses;
import fr.borne.central.notice.ContactRequest;
import fr.borne.store.BookingRepository;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.Sql;
import fr.borne.store.VisitorRepository;
import fr.borne.sync.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * T4: a visitor's contact, sent by the kiosk after a booking that names them (the kiosk keeps
 * no copy; the booking itself may still be in the kiosk's outbox), and the e-mail's unsubscribe link. A kiosk reaches its own establishment's
 * bookings, or another's within the session of the visitor whose badge it read (B11).
 */
final class ContactRoutes {

    private final CentralServices services;
    private final Function<Context, Principal> principals;
    private final Function<Context, Optional<String>> sessions;
    private final Bodies bodies;

    ContactRoutes(CentralServices services, Function<Context, Principal> principals,
                  Function<Context, Optional<String>> sessions, Bodies bodies) {
        this.services = services;
        this.principals = principals;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    void register(Javalin app) {
        app.post("/v1/contacts", this::contact);
        app.get("/v1/unsubscribe/{token}", ctx -> page(ctx, false));
        app.post("/v1/unsubscribe/{token}", ctx -> page(ctx, true));
    }

    private void contact(Context ctx) {
        Principal principal = principals.apply(ctx);
        ContactRequest request = bodies.read(ctx, ContactRequest.class);
        if (request.visitorId() == null || request.bookingId() == null || request.channel() == null
                || request.address() == null || request.language() == null) {
            throw new CentralServer.BadRequest("a contact names visitorId, bookingId, channel, address and language");
        }
        Optional<String> address = ContactAddresses.normalise(request.channel(), request.address());
        if (address.isEmpty() || !ContactAddresses.LANGUAGES.contains(request.language())) {
            CentralServer.problem(ctx, 422, Problem.BAD_CONTACT,
                    "not a mobile number or an e-mail address, or a language other than fr, en, es, ar");
            return;
        }
        Optional<String> session = sessions.apply(ctx);
        String outcome = services.database().write(c -> {
            Instant now = services.clock().instant();
            Optional<Booking> booking = new BookingRepository(c).find(request.bookingId());
            if (booking.isPresent() && !booking.get().involves(request.visitorId())) {
                return "not-named";
            }
            if (booking.isEmpty() && new VisitorRepository(c).find(request.visitorId()).isEmpty()) {
                return "unknown";
            }
            if (principal instanceof Principal.Kiosk kiosk) {
                boolean own = booking.isPresent()
                        ? new DetaineeRepository(c).find(booking.get().detaineeId())
                                .map(d -> d.establishmentId().equals(kiosk.establishmentId())).orElse(false)
                        : Sql.count(c, """
                                SELECT count(*) FROM permit p JOIN detainee d ON d.id = p.detainee_id
                                WHERE p.visitor_id = ? AND d.establishment_id = ?""",
                                request.visitorId(), kiosk.establishmentId()) > 0;
                if (!own && !services.sessions().holds(c, kiosk.id(), session, request.visitorId(), now)) {
                    return "out-of-reach";
                }
            }
            Contact contact = services.notices().contacts().save(c, request.visitorId(), request.channel(),
                    address.get(), request.language(), now);
            // a booking the kiosk confirmed on its own seat may not have reached central yet: its
            // confirmation is written when it arrives (CentralBookings.create), to the contact kept now
            if (booking.isPresent() && booking.get().status().isActive()) {
                services.notices().confirmedFor(c, contact, booking.get(), now);
            }
            return "saved";
        });
        switch (outcome) {
            case "unknown" -> throw new CentralServer.NotFound(Problem.UNKNOWN_BOOKING, "no booking " + request.bookingId());
            case "not-named" -> CentralServer.problem(ctx, 422, Problem.BAD_CONTACT,
                    "the booking does not name this visitor");
            case "out-of-reach" -> throw new CentralServer.Forbidden(Problem.WRONG_ESTABLISHMENT,
                    "a kiosk acts for another establishment only for the visitor whose badge it has just read");
            default -> ctx.status(204);
        }
    }

    /** GET shows a button (mail scanners follow links); POST, the button or one-click unsubscribe, deletes. */
    private void page(Context ctx, boolean confirm) {
        String token = ctx.pathParam("token");
        Optional<Contact> contact = token.length() > 100 ? Optional.empty()
                : services.database().read(c -> services.notices().contacts().byToken(c, token));
        if (contact.isEmpty()) {
            throw new CentralServer.NotFound(Problem.NOT_FOUND, "this link is no longer valid");
        }
        ResourceBundle words = ResourceBundle.getBundle("fr.borne.central.notice.notices",
                Locale.forLanguageTag(contact.get().language()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String dir = "ar".equals(contact.get().language()) ? "rtl" : "ltr";
        String body;
        if (confirm) {
            services.database().write(c -> {
                services.notices().contacts().delete(c, contact.get().id());
                return null;
            });
            body = "<p>" + escape(words.getString("page.done")) + "</p>";
        } else {
            body = "<p>" + escape(words.getString("page.ask")) + "</p><form method=\"post\"><button type=\"submit\">"
                    + escape(words.getString("page.button")) + "</button></form>";
        }
        ctx.contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"" + contact.get().language()
                + "\" dir=\"" + dir + "\"><meta charset=\"utf-8\"><title>Borne</title><body>" + body + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
