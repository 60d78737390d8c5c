package fr.borne.device.indicator;

/** What the kiosk's status light shows. */
public enum Light {
    /** Steady green: come and scan. */
    READY,
    /** Green and red together (amber on a two-colour lamp): working, please wait. */
    BUSY,
    /** Steady red: something went wrong for this visitor. */
    ERROR,
    /** Blinking red: the kiosk is out of service. */
    OUT_OF_SERVICE
}
