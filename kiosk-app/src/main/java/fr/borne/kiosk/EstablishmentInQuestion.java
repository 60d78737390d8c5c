package fr.borne.kiosk;

import fr.borne.establishment.Establishment;
import fr.borne.kiosk.session.Session;
import fr.borne.visitor.VisitorDirectory;

import java.util.Objects;
import java.util.Optional;

/**
 * The establishment of the detainee the visitor deals with now (its phone line is the one to
 * call), read off the screen's thread with a screen's explanation facts and remembered for
 * that detainee.
 */
final class EstablishmentInQuestion {

    private final Session session;
    private final VisitorDirectory directory;
    private final Establishment here;
    private Optional<String> knownFor = Optional.empty();
    private Establishment known;

    EstablishmentInQuestion(Session session, VisitorDirectory directory, Establishment here) {
        this.session = session;
        this.directory = directory;
        this.here = here;
    }

    synchronized Establishment get() {
        Optional<String> detainee = session.detaineeInQuestion();
        if (known == null || !Objects.equals(knownFor, detainee)) {
            known = lookUp(session, directory, here);
            knownFor = detainee;
        }
        return known;
    }

    private static Establishment lookUp(Session session, VisitorDirectory directory, Establishment here) {
        return session.detaineeInQuestion().flatMap(directory::detainee)
                .flatMap(d -> directory.establishment(d.establishmentId())).orElse(here);
    }
}
