package fr.borne.booking;

/**
 * Why something cannot be done, each tied to the rule it comes from. The kiosk turns a
 * reason into words; tests name the rule.
 */
public enum Reason {
    UNKNOWN_VISITOR(RuleId.P1),
    UNKNOWN_DETAINEE(RuleId.P1),
    NO_PERMIT(RuleId.P1),
    /** a companion named in the booking holds no permit for this detainee */
    COMPANION_WITHOUT_PERMIT(RuleId.P1),
    PROVISIONAL_PERMIT_USED_UP(RuleId.P2),
    PERMIT_SUSPENDED(RuleId.P3),
    PERMIT_WITHDRAWN(RuleId.P3),
    /** a visitor under 16 with no adult permit holder in the same booking */
    MINOR_UNACCOMPANIED(RuleId.P4),
    /** a 16–17 year old alone without recorded parental consent, or visiting someone not their parent */
    MINOR_ALONE_NOT_ALLOWED(RuleId.P4),
    UNKNOWN_BADGE(RuleId.P5),
    BADGE_REVOKED(RuleId.P5),
    /** the round does not open for booking yet (15 days before) */
    NOT_YET_OPEN(RuleId.B1),
    /** the round closed for booking (48 h before) or is in the past */
    BOOKING_CLOSED(RuleId.B1),
    NO_VISITOR(RuleId.B2),
    TOO_MANY_VISITORS(RuleId.B2),
    SAME_VISITOR_TWICE(RuleId.B2),
    /** companions cannot be changed any more (48 h before) */
    CHANGE_CLOSED(RuleId.B3),
    /** only someone named in the booking or who made it may change or cancel it */
    NOT_YOUR_BOOKING(RuleId.B3),
    CANCEL_CLOSED(RuleId.B4),
    ALREADY_CANCELLED(RuleId.B4),
    FULL(RuleId.B5),
    DETAINEE_ALREADY_BOOKED_THIS_ROUND(RuleId.B6),
    VISITOR_BOOKED_IN_OVERLAPPING_ROUND(RuleId.B6),
    WEEKLY_QUOTA_REACHED(RuleId.B7),
    DISCIPLINARY_QUOTA_REACHED(RuleId.B7),
    DOUBLE_VISIT_NOT_GRANTED(RuleId.B8),
    NO_FOLLOWING_ROUND(RuleId.B8),
    SPECIAL_VISIT_NOT_AT_KIOSK(RuleId.B9),
    /** another establishment's detainee and no central server to ask */
    OTHER_ESTABLISHMENT_NEEDS_NETWORK(RuleId.B11),
    CLOSED(RuleId.B12),
    UNKNOWN_ROUND(RuleId.B13);

    private final RuleId rule;

    Reason(RuleId rule) {
        this.rule = rule;
    }

    public RuleId rule() {
        return rule;
    }

    /**
     * Whether the refusal depends on who comes along rather than on the round: such a
     * refusal does not stop a badge holder from choosing a round (they may book for
     * others, C7, or add the adult a minor needs, P4); the confirmation checks it.
     */
    public boolean dependsOnWhoComes() {
        return switch (this) {
            case NO_VISITOR, TOO_MANY_VISITORS, SAME_VISITOR_TWICE, COMPANION_WITHOUT_PERMIT,
                    PROVISIONAL_PERMIT_USED_UP, PERMIT_SUSPENDED, PERMIT_WITHDRAWN,
                    MINOR_UNACCOMPANIED, MINOR_ALONE_NOT_ALLOWED, VISITOR_BOOKED_IN_OVERLAPPING_ROUND -> true;
            default -> false;
        };
    }
}
