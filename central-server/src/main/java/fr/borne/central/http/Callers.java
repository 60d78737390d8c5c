package fr.borne.central.http;

import fr.borne.central.kiosk.KioskRegistry;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.kiosk.RegisteredKiosk;
import fr.borne.store.Database;
import fr.borne.sync.Problem;
import io.javalin.http.Context;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling. With mutual TLS: an administrator when the admin authority issued the
 * certificate, else a kiosk named by its certificate's SAN, registered, not revoked, and
 * showing the certificate it was enrolled with — checked on every request. Without TLS (the
 * embedded demo, loopback only) the caller names itself in a header.
 */
final class Callers {

    static final String KIOSK_HEADER = "X-Borne-Kiosk";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final Optional<ServerTls> tls;
    private final Set<String> demoAdmins;
    private final Database database;
    private final KioskRegistry kiosks;

    Callers(Optional<ServerTls> tls, Set<String> demoAdmins, Database database, KioskRegistry kiosks) {
        this.tls = tls;
        this.demoAdmins = Set.copyOf(demoAdmins);
        this.database = database;
        this.kiosks = kiosks;
    }

    Principal principal(Context ctx) {
        Optional<Principal.Admin> admin = asAdmin(ctx);
        return admin.isPresent() ? admin.get() : kiosk(ctx);
    }

    Principal.Admin admin(Context ctx) {
        return asAdmin(ctx).orElseThrow(() ->
                new CentralServer.Forbidden(Problem.UNKNOWN_KIOSK, "admin calls need an admin certificate"));
    }

    Principal.Kiosk kiosk(Context ctx) {
        String id;
        Optional<String> fingerprint;
        if (tls.isPresent()) {
            X509Certificate certificate = certificate(ctx);
            id = CertificateNames.kioskId(certificate, tls.get().kioskAuthority()).orElseThrow(() ->
                    new CentralServer.Forbidden(Problem.UNKNOWN_KIOSK, "the certificate names no kiosk"));
            fingerprint = Optional.of(CertificateNames.fingerprint(certificate));
        } else {
            id = header(ctx);
            fingerprint = Optional.empty();
        }
        RegisteredKiosk kiosk = database.readOneStatement(c -> kiosks.find(c, id)).orElseThrow(() ->
                new CentralServer.Forbidden(Problem.UNKNOWN_KIOSK, "kiosk " + id + " is not registered"));
        if (!fingerprint.map(kiosk::admits).orElse(!kiosk.revoked())) {
            throw new CentralServer.Forbidden(Problem.KIOSK_REVOKED,
                    "kiosk " + id + " is revoked, or its certificate was replaced");
        }
        return new Principal.Kiosk(id, kiosk.establishmentId());
    }

    private Optional<Principal.Admin> asAdmin(Context ctx) {
        if (tls.isEmpty()) {
            String name = header(ctx);
            return demoAdmins.contains(name) ? Optional.of(new Principal.Admin(name)) : Optional.empty();
        }
        return CertificateNames.adminName(certificate(ctx), tls.get().adminAuthority()).map(Principal.Admin::new);
    }

    private static X509Certificate certificate(Context ctx) {
        if (ctx.req().getAttribute(CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0) {
            return chain[0];
        }
        throw new CentralServer.Forbidden(Problem.UNKNOWN_KIOSK, "no client certificate");
    }

    private static String header(Context ctx) {
        String named = ctx.header(KIOSK_HEADER);
        if (named == null || named.isBlank()) {
            throw new CentralServer.Forbidden(Problem.UNKNOWN_KIOSK, "missing " + KIOSK_HEADER);
        }
        return named;
    }
}
