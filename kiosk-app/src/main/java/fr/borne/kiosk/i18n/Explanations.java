package fr.borne.kiosk.i18n;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.establishment.Establishment;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final Supplier<VisitFigures> figures;

    /**
     * @param establishment whose phone line to give: that of the detainee in question, which may be held elsewhere (B11)
     * @param figures       the figures in force for the detainee in question, read when a refusal is explained
     */
    public Explanations(Texts texts, VisitorDirectory directory, Supplier<Establishment> establishment,
                        Supplier<VisitFigures> figures) {
        this.texts = texts;
        this.directory = directory;
        this.establishment = establishment;
        this.figures = figures;
    }

    /** The full explanation, with the figures in force for the detainee in question. */
    public String explain(Refusal refusal) {
        return explain(refusal, figures.get());
    }

    /**
     * The full explanation: the reason, then when to try again if that is known. The figures
     * a rule names (the cut-off, the window, how many may come) are those of {@code figures},
     * so a round or detainee override is what the visitor reads.
     */
    public String explain(Refusal refusal, VisitFigures figures) {
        String who = refusal.visitorId().flatMap(directory::visitor).map(Visitor::displayName)
                .orElse(texts.get("reason.someone"));
        Establishment where = establishment.get();
        // {0} who, {1} phone, {2} its hours, {3} establishment, {4} days ahead, {5} booking cut-off,
        // {6} change cut-off, {7} cancel cut-off, {8} people per visit, {9} disciplinary days
        String sentence = texts.get("reason." + refusal.reason().name(), who,
                Optional.ofNullable(where.parloirPhone()).orElse(""),
                Optional.ofNullable(where.parloirPhoneHours()).orElse(""), where.name(),
                figures.opensDaysBefore(), texts.duration(figures.closesBefore()),
                texts.duration(figures.visitorsChangeBefore()), texts.duration(figures.cancelBefore()),
                figures.maxVisitors(), figures.disciplinaryDays());
        return refusal.retryFrom().map(at -> sentence + " " + texts.get("reason.retryFrom", when(at))).orElse(sentence);
    }

    /**
     * Whom to call when the visitor's own establishment cannot be known (a badge unknown here,
     * central out of reach): one line per other establishment of the replica, with its phone
     * line and hours, its visiting hours and where to write.
     */
    public List<Call> otherEstablishmentsToCall(String hereId) {
        return directory.establishments().stream()
                .filter(e -> !e.id().equals(hereId))
                .map(e -> new Call(e.id(), texts.get("call.elsewhere.line", e.name(),
                        Optional.ofNullable(e.parloirPhone()).orElse(""),
                        Optional.ofNullable(e.parloirPhoneHours()).orElse(""), e.visitingHours(), e.postalAddress())))
                .toList();
    }

    /** Whom to call at one establishment, in words. */
    public record Call(String establishmentId, String words) {
    }

    /** A few words for a tile: "Full", "Not open yet". */
    public String shortStatus(Refusal refusal) {
        Reason reason = refusal.reason();
        String status = texts.get(SHORT_STATUS.contains(reason) ? "status." + reason.name() : "status.OTHER");
        return refusal.retryFrom().map(at -> texts.get("status.withRetry", status, whenShort(at))).orElse(status);
    }

    /** "lundi 7 décembre", with the time when it is not midnight. */
    public String when(Instant at) {
        ZonedDateTime local = at.atZone(establishment.get().zone());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? texts.day(local.toLocalDate())
                : texts.dayAndTime(at, establishment.get().zone());
    }

    private String whenShort(Instant at) {
        return texts.shortDay(at.atZone(establishment.get().zone()).toLocalDate());
    }
}
