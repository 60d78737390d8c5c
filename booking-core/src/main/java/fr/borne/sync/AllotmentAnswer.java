package fr.borne.sync;

import java.util.List;

/** Central's totals for the kiosk after applying a request. */
public record AllotmentAnswer(List<AllotmentTotals> totals) {

    public AllotmentAnswer {
        totals = totals == null ? List.of() : List.copyOf(totals);
    }
}
