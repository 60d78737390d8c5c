package fr.borne.sync;

import java.util.List;

/** {@code POST /v1/allotments}: take or give back seats on several occurrences at once. */
public record AllotmentRequest(List<AllotmentClaim> claims) {

    public AllotmentRequest {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
