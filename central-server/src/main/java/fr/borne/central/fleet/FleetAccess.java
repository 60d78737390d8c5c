package fr.borne.central.fleet;

import fr.borne.central.http.CertificateNames;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Who may see the fleet: the administration only. */
@FunctionalInterface
public interface FleetAccess {

    /** The name of an allowed caller, for the log; empty when refused. */
    Optional<String> allowed(HttpServletRequest request);

    /** Mutual TLS: callers showing a certificate the admin authority issued. */
    static FleetAccess adminCertificate(X509Certificate adminAuthority) {
        return request -> {
            Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
            if (chain instanceof X509Certificate[] certificates && certificates.length > 0) {
                return CertificateNames.adminName(certificates[0], adminAuthority);
            }
            return Optional.empty();
        };
    }

    /** Plain HTTP for the demo: only callers on this machine. */
    static FleetAccess loopbackOnly() {
        return request -> {
            try {
                String address = request.getRemoteAddr();
                return InetAddress.getByName(address).isLoopbackAddress()
                        ? Optional.of("loopback") : Optional.empty();
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        };
    }
}
