package fr.borne.permit;

/** P2 */
public enum PermitKind {
    PERMANENT,
    /** a limited number of visits: each booking uses one, a cancellation gives it back */
    PROVISIONAL
}
