package fr.borne.establishment;

/**
 * The kind of visit asked for (B9). Only an ordinary visit is booked at a kiosk by
 * default; the others are arranged by the parloir service, unless an establishment's
 * settings allow one at its kiosks ({@code kioskVisitTypes}).
 */
public enum VisitType {
    ORDINARY,
    /** a longer visit, granted by the establishment */
    PROLONGED,
    /** a family unit visit (unité de vie familiale, UVF) */
    FAMILY_UNIT,
    /** a visit behind a glass partition (hygiaphone) */
    GLASS_PARTITION;

    public boolean isSpecial() {
        return this != ORDINARY;
    }
}
