package fr.borne.visitor;

/** What a scanned badge code turns out to be (P5). */
public sealed interface BadgeLookup {

    record Known(Visitor visitor) implements BadgeLookup {
    }

    record Revoked() implements BadgeLookup {
    }

    record Unknown() implements BadgeLookup {
    }
}
