package fr.borne.demo;

/** A badge code that works on the demo data, and what scanning it shows. */
public record DemoBadge(String code, String visitorId, String demonstrates) {
}
