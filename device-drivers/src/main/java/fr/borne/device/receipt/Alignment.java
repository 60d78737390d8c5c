package fr.borne.device.receipt;

public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
