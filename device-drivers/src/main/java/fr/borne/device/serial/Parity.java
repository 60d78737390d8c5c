package fr.borne.device.serial;

public enum Parity {
    NONE,
    ODD,
    EVEN
}
