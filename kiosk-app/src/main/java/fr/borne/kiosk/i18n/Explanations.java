package fr.borne.kiosk.i18n;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.establishment.Establishment;
import fr.borne.visitor.VisitorDirectory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a refusal into words a visitor can act on: what is wrong, for whom, and what to do
 * next (when to try again, whom to call). Every {@link Reason} has its sentence.
 */
public final class Explanations {

    /** Reasons that have a short label for a day or round tile; others show {@code status.OTHER}. */
    public static final Set<Reason> SHORT_STATUS = EnumSet.of(
            Reason.NOT_YET_OPEN, Reason.BOOKING_CLOSED, Reason.FULL, Reason.WEEKLY_QUOTA_REACHED,
            Reason.DISCIPLINARY_QUOTA_REACHED, Reason.CLOSED, Reason.DETAINEE_ALREADY_BOOKED_THIS_ROUND,
            Reason.VISITOR_BOOKED_IN_OVERLAPPING_ROUND, Reason.UNKNOWN_ROUND, Reason.PERMIT_SUSPENDED,
            Reason.PERMIT_WITHDRAWN, Reason.PROVISIONAL_PERMIT_USED_UP, Reason.MINOR_UNACCOMPANIED,
            Reason.MINOR_ALONE_NOT_ALLOWED, Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);

    private final Texts texts;
    private final VisitorDirectory directory;
    private final Supplier<Establishment> establishment;
    private final Function<Optional<String>, VisitFigures> figures;

    /**
     * @param establishment whose phone line to give: that of the detainee in question, which may be held elsewhere (B11)
     * @param figures       the figures in force for the detainee in question, in the round given when there is one
     */
    public Explanations(Texts texts, VisitorDirectory directory, Supplier<Establishment> establishment,
                        Function<Optional<String>, VisitFigures> figures) {
        this.texts = texts;
        this.directory = directory;
        this.establishment = establishment;
        this.figures = figures;
    }

    /** What explaining these refusals needs; reads the replica, so call it off the screen's thread. */
    public ExplanationFacts facts(Collection<Refusal> refusals) {
        return facts(refusals, List.of());
    }

    /**
     * What explaining these refusals needs, with the figures in force in each of these rounds
     * (a round's own override is what its refusal names); reads the replica, so call it off the
     * screen's thread.
     */
    public ExplanationFacts facts(Collection<Refusal> refusals, Collection<String> roundIds) {
        Map<String, VisitFigures> byRound = new HashMap<>();
        roundIds.forEach(round -> byRound.computeIfAbsent(round, r -> figures.apply(Optional.of(r))));
        return new ExplanationFacts(names(refusals), establishment.get(), figures.apply(Optional.empty()), byRound);
    }

    /**
     * What explaining refusals about a booking already read needs: its establishment and the
     * figures it is held to are known; the visitors' names are read, so call it off the
     * screen's thread.
     */
    public ExplanationFacts facts(Collection<Refusal> refusals, Establishment where, VisitFigures held) {
        return new ExplanationFacts(names(refusals), where, held, Map.of());
    }

    private Map<String, String> names(Collection<Refusal> refusals) {
        Map<String, String> names = new HashMap<>();
        refusals.forEach(refusal -> refusal.visitorId().ifPresent(id -> directory.visitor(id)
                .ifPresent(visitor -> names.put(id, visitor.displayName()))));
        return names;
    }

    /**
     * The full explanation: the reason, then when to try again if that is known. The figures
     * a rule names (the cut-off, the window, how many may come) are those of {@code facts},
     * so a round or detainee override is what the visitor reads. Reads nothing.
     */
    public String explain(Refusal refusal, ExplanationFacts facts) {
        String who = refusal.visitorId().flatMap(facts::nameOf).orElse(texts.get("reason.someone"));
        Establishment where = facts.establishment();
        VisitFigures figures = facts.figures();
        // {0} who, {1} phone, {2} its hours, {3} establishment, {4} days ahead, {5} booking cut-off,
        // {6} change cut-off, {7} cancel cut-off, {8} people per visit, {9} disciplinary days
        String sentence = texts.get("reason." + refusal.reason().name(), who,
                Optional.ofNullable(where.parloirPhone()).orElse(""),
                Optional.ofNullable(where.parloirPhoneHours()).orElse(""), where.name(),
                figures.opensDaysBefore(), texts.duration(figures.closesBefore()),
                texts.duration(figures.visitorsChangeBefore()), texts.duration(figures.cancelBefore()),
                figures.maxVisitors(), figures.disciplinaryDays());
        return refusal.retryFrom().map(at -> sentence + " " + texts.get("reason.retryFrom", when(at, where.zone())))
                .orElse(sentence);
    }

    /** The other establishments of the replica; reads it, so call it off the screen's thread. */
    public List<Establishment> otherEstablishments(String hereId) {
        return directory.establishments().stream().filter(e -> !e.id().equals(hereId)).toList();
    }

    /**
     * Whom to call when the visitor's own establishment cannot be known (a badge unknown here,
     * central out of reach): one line per establishment given, with its phone line and hours,
     * its visiting hours and where to write.
     */
    public List<Call> toCall(List<Establishment> establishments) {
        return establishments.stream()
                .map(e -> new Call(e.id(), texts.get("call.elsewhere.line", e.name(),
                        Optional.ofNullable(e.parloirPhone()).orElse(""),
                        Optional.ofNullable(e.parloirPhoneHours()).orElse(""), e.visitingHours(), e.postalAddress())))
                .toList();
    }

    /** Whom to call at one establishment, in words. */
    public record Call(String establishmentId, String words) {
    }

    /** A few words for a tile: "Full", "Not open yet". */
    public String shortStatus(Refusal refusal, ExplanationFacts facts) {
        Reason reason = refusal.reason();
        String status = texts.get(SHORT_STATUS.contains(reason) ? "status." + reason.name() : "status.OTHER");
        return refusal.retryFrom()
                .map(at -> texts.get("status.withRetry", status,
                        texts.shortDay(at.atZone(facts.establishment().zone()).toLocalDate())))
                .orElse(status);
    }

    /** "lundi 7 décembre", with the time when it is not midnight. */
    private String when(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? texts.day(local.toLocalDate())
                : texts.dayAndTime(at, zone);
    }
}
