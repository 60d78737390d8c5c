package fr.borne.central.movement;

/** Why central cannot record a movement: a typed answer, turned into a 4xx by the route or a message by the command. */
public enum MovementRefusal {
    UNKNOWN_DETAINEE,
    UNKNOWN_ESTABLISHMENT,
    /** a transfer to the establishment that already holds the detainee */
    SAME_ESTABLISHMENT
}
