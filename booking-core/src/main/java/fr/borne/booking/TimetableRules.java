package fr.borne.booking;

import fr.borne.establishment.RoundOccurrence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** B13: which rounds are held when; B12: which of them are closed. */
final class TimetableRules {

    private TimetableRules() {
    }

    /**
     * B13: the round exists in the detainee's establishment and is held on that weekday;
     * anything else is an unknown round, never an exception.
     */
    static Optional<RoundOccurrence> occurrence(Facts facts, String roundId, LocalDate date) {
        return facts.round(roundId)
                .filter(round -> round.day() == date.getDayOfWeek())
                .map(round -> new RoundOccurrence(round, date, facts.zone()));
    }

    /** B12: a closure of the whole day, or of any of the rounds, closes the booking. */
    static Optional<Refusal> closed(Facts facts, List<RoundOccurrence> occurrences) {
        boolean closed = occurrences.stream()
                .anyMatch(occurrence -> facts.closures().stream().anyMatch(closure -> closure.closes(occurrence)));
        return closed ? Optional.of(Refusal.of(Reason.CLOSED)) : Optional.empty();
    }

    static boolean wholeDayClosed(Facts facts, LocalDate date) {
        return facts.closures().stream()
                .anyMatch(closure -> closure.date().equals(date) && closure.roundId().isEmpty()
                        && closure.establishmentId().equals(facts.establishment().id()));
    }
}
