package fr.borne.central.fleet;

/** How a device status reads at a glance; each tone has its own icon as well as its colour. */
public enum Tone {
    GOOD,
    WARNING,
    FAULT,
    /** Not reported, or a word this page does not know. */
    UNKNOWN
}
