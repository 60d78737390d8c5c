package fr.borne.detainee;

/** B7: the weekly quota depends on it. */
public enum PenalCategory {
    /** prévenu */
    UNTRIED,
    /** condamné */
    SENTENCED
}
