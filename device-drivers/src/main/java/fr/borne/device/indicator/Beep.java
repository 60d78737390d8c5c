package fr.borne.device.indicator;

/** Buzzer patterns. */
public enum Beep {
    /** One short beep: badge read. */
    SHORT,
    /** One long beep: attention. */
    LONG,
    /** Three short beeps: error. */
    ERROR
}
