package fr.borne.sync;

import java.time.LocalDate;

/**
 * One line of {@code POST /v1/allotments}: the kiosk's cumulative returned total for the
 * occurrence and how many free seats it would like to hold (0 to only give back).
 */
public record AllotmentClaim(String roundId, LocalDate date, int returned, int wantFree) {
}
