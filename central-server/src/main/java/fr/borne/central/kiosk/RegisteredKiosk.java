package fr.borne.central.kiosk;

import java.util.Optional;

/**
 * A kiosk as central's registry holds it. {@code certificateSha256} is empty for a kiosk
 * registered without enrolment (the demo's, a test's): then any certificate the kiosk
 * authority issued to its id is accepted.
 */
public record RegisteredKiosk(String id, String establishmentId, Optional<String> certificateSha256,
                              boolean revoked) {

    /** Whether a caller showing a certificate with this fingerprint may act as this kiosk. */
    public boolean admits(String presentedSha256) {
        return !revoked && certificateSha256.map(presentedSha256::equals).orElse(true);
    }
}
