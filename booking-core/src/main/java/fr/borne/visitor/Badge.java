package fr.borne.visitor;

import java.util.Objects;

/** A visitor's personal barcode card (P5). Only the code's hash is ever stored. */
public record Badge(String codeHash, String visitorId, boolean revoked) {

    public Badge {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(visitorId, "visitorId");
    }
}
