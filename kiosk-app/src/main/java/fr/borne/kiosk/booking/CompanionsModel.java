package fr.borne.kiosk.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.KioskContext;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may come to a visit and who is chosen (B2), with what P4 says of the minors chosen,
 * checked at each touch: an under-16 needs an adult; a 16–17 year old without an adult
 * needs parental consent recorded on their permit and the detainee to be their parent.
 * Read once off the screen's thread; the view observes {@link #selected()}.
 */
public final class CompanionsModel {

    static final int ADULT = 18;
    static final int MAY_COME_ALONE = 16;

    /** What keeps a minor from coming without an adult, in the order the visitor can act on it. */
    public enum MinorProblem { UNDER_16, NOT_PARENT, NO_CONSENT }

    /** A minor chosen who cannot come as the choice stands, and why. */
    public record MinorRule(Visitor visitor, int age, MinorProblem problem) {
    }

    private final List<Visitor> candidates;
    private final Map<String, Permit> permits;
    private final ObservableList<Visitor> selected;
    /** One read-only view for everyone: it holds its observers only weakly, so it must live as long as the model. */
    private final ObservableList<Visitor> selectedView;
    private final int max;
    private final LocalDate date;
    private final String selfId;
    private final Establishment permitsOffice;

    /** @param permits each candidate's permit for the detainee, by visitor id */
    public CompanionsModel(List<Visitor> candidates, Map<String, Permit> permits, List<Visitor> initiallySelected,
                           int max, LocalDate date, String selfId, Establishment permitsOffice) {
        this.candidates = List.copyOf(candidates);
        this.permits = Map.copyOf(permits);
        this.selected = FXCollections.observableArrayList(initiallySelected);
        this.selectedView = FXCollections.unmodifiableObservableList(selected);
        this.max = max;
        this.date = date;
        this.selfId = selfId;
        this.permitsOffice = permitsOffice;
    }

    /** For a new booking: the badge holder first (preselected when their own permit is active), then the others. */
    public static CompanionsModel load(KioskContext ctx, Visitor self, Detainee detainee, LocalDate date) {
        List<Visitor> candidates = Companions.candidates(ctx, self, detainee.id());
        List<Visitor> preselected = candidates.isEmpty() || !candidates.get(0).equals(self) ? List.of() : List.of(self);
        return of(ctx, candidates, preselected, detainee.id(), date, self.id());
    }

    /** For a booked visit (B3): those named in it, then the others who may come. */
    public static CompanionsModel forBooking(KioskContext ctx, Visitor self, fr.borne.booking.Booking booking) {
        List<Visitor> current = booking.visitorIds().stream().map(ctx.directory()::visitor).flatMap(Optional::stream).toList();
        List<Visitor> candidates = new ArrayList<>(current);
        Companions.candidates(ctx, self, booking.detaineeId()).stream()
                .filter(v -> !candidates.contains(v)).forEach(candidates::add);
        return of(ctx, candidates, current, booking.detaineeId(), booking.date(), self.id());
    }

    private static CompanionsModel of(KioskContext ctx, List<Visitor> candidates, List<Visitor> selected,
                                      String detaineeId, LocalDate date, String selfId) {
        Map<String, Permit> permits = candidates.stream()
                .flatMap(v -> ctx.directory().permitsOf(v.id()).stream().filter(p -> p.detaineeId().equals(detaineeId))
                        .findFirst().stream())
                .collect(Collectors.toMap(Permit::visitorId, Function.identity(), (a, b) -> a));
        Establishment office = ctx.directory().detainee(detaineeId)
                .flatMap(d -> ctx.directory().establishment(d.establishmentId())).orElse(ctx.establishment());
        return new CompanionsModel(candidates, permits, selected, Companions.maxVisitors(ctx, detaineeId), date, selfId, office);
    }

    public List<Visitor> candidates() {
        return candidates;
    }

    /** Those chosen, the lead visitor first; observe it to follow the visitor's touches. */
    public ObservableList<Visitor> selected() {
        return selectedView;
    }

    public int max() {
        return max;
    }

    public String selfId() {
        return selfId;
    }

    public int ageOf(Visitor visitor) {
        return visitor.ageOn(date);
    }

    /** Where a permit's parental consent is recorded: the permits office of the detainee's establishment. */
    public Establishment permitsOffice() {
        return permitsOffice;
    }

    /** Adds the visitor, or takes them off; nobody is added past the maximum. */
    public void toggle(Visitor visitor) {
        if (!selected.remove(visitor) && selected.size() < max) {
            selected.add(visitor);
        }
    }

    public boolean mayAdd(Visitor visitor) {
        return selected.contains(visitor) || selected.size() < max;
    }

    /** P4 on the choice as it stands (the store checks it again when it books). */
    public List<MinorRule> minorRules() {
        boolean adult = selected.stream().anyMatch(v -> ageOf(v) >= ADULT
                && Optional.ofNullable(permits.get(v.id())).map(Permit::isActive).orElse(true));
        if (adult) {
            return List.of();
        }
        List<MinorRule> rules = new ArrayList<>();
        for (Visitor v : selected) {
            int age = ageOf(v);
            if (age >= ADULT) {
                continue;
            }
            if (age < MAY_COME_ALONE) {
                rules.add(new MinorRule(v, age, MinorProblem.UNDER_16));
                continue;
            }
            Permit permit = permits.get(v.id());
            if (permit != null && !permit.detaineeIsParent()) {
                rules.add(new MinorRule(v, age, MinorProblem.NOT_PARENT));
            } else if (permit != null && !permit.parentalConsent()) {
                rules.add(new MinorRule(v, age, MinorProblem.NO_CONSENT));
            }
        }
        return rules;
    }

    public boolean acceptable() {
        return !selected.isEmpty() && minorRules().isEmpty();
    }
}
