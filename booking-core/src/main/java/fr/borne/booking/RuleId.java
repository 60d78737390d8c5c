package fr.borne.booking;

/** The rules of RULES.md, by their numbers. */
public enum RuleId {
    P1, P2, P3, P4, P5, P6,
    B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14
}
