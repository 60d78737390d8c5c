package fr.borne.visitor;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A person who visits detainees, holding one permit per detainee. */
public record Visitor(String id, String firstName, String lastName, LocalDate birthDate) {

    public Visitor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** C3: ages are counted on the round's date; one is 16 on one's 16th birthday. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
