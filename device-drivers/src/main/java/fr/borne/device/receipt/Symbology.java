package fr.borne.device.receipt;

/** Barcode kinds a receipt can carry. */
public enum Symbology {
    /** Linear Code 128 (set B): printable ASCII. */
    CODE128,
    QR
}
