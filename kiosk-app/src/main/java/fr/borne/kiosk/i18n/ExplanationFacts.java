package fr.borne.kiosk.i18n;

import fr.borne.establishment.Establishment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the explanation of a screen's refusals names, read with the screen's model off the
 * screen's thread, so that words built again (a language or contrast switch) read nothing:
 * the visitors concerned, the establishment whose parloir service to call, and the figures
 * in force (for the detainee in question, and for each round of the screen, whose own
 * override a visitor must read).
 *
 * @param visitorNames  the display name of each visitor a refusal concerns, by visitor id
 * @param establishment the establishment of the detainee in question (its phone line, its zone)
 * @param figures       the figures in force for the detainee in question
 * @param roundFigures  the figures in force in each round of the screen, by round id
 */
public record ExplanationFacts(Map<String, String> visitorNames, Establishment establishment, VisitFigures figures,
                               Map<String, VisitFigures> roundFigures) {

    public ExplanationFacts {
        visitorNames = Map.copyOf(visitorNames);
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(figures, "figures");
        roundFigures = Map.copyOf(roundFigures);
    }

    /** The same facts with this round's figures in force: a refusal about that round names its own cut-offs. */
    public ExplanationFacts inRound(String roundId) {
        return new ExplanationFacts(visitorNames, establishment, roundFigures.getOrDefault(roundId, figures), roundFigures);
    }

    Optional<String> nameOf(String visitorId) {
        return Optional.ofNullable(visitorNames.get(visitorId));
    }
}
