package fr.borne.sync;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Badge;
import fr.borne.visitor.Visitor;

/**
 * One entry of the changes feed: the latest state of one thing the kiosk may cache.
 * Applying the same change twice leaves the replica as applying it once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Change.EstablishmentChanged.class, name = "establishment"),
        @JsonSubTypes.Type(value = Change.RoundChanged.class, name = "round"),
        @JsonSubTypes.Type(value = Change.ClosureChanged.class, name = "closure"),
        @JsonSubTypes.Type(value = Change.DetaineeChanged.class, name = "detainee"),
        @JsonSubTypes.Type(value = Change.VisitorChanged.class, name = "visitor"),
        @JsonSubTypes.Type(value = Change.BadgeChanged.class, name = "badge"),
        @JsonSubTypes.Type(value = Change.PermitChanged.class, name = "permit"),
        @JsonSubTypes.Type(value = Change.BookingChanged.class, name = "booking"),
        @JsonSubTypes.Type(value = Change.AllotmentChanged.class, name = "allotment")})
public sealed interface Change {

    /** The feed's name for this kind of thing, as in the {@code type} property. */
    String kind();

    /** Identifies the thing within its kind; a later change with the same key replaces it. */
    String key();

    record EstablishmentChanged(Establishment establishment) implements Change {
        public String kind() {
            return "establishment";
        }

        public String key() {
            return establishment.id();
        }
    }

    record RoundChanged(Round round) implements Change {
        public String kind() {
            return "round";
        }

        public String key() {
            return round.id();
        }
    }

    record ClosureChanged(ClosureData closure) implements Change {
        public String kind() {
            return "closure";
        }

        public String key() {
            return closure.key();
        }
    }

    record DetaineeChanged(Detainee detainee) implements Change {
        public String kind() {
            return "detainee";
        }

        public String key() {
            return detainee.id();
        }
    }

    record VisitorChanged(Visitor visitor) implements Change {
        public String kind() {
            return "visitor";
        }

        public String key() {
            return visitor.id();
        }
    }

    record BadgeChanged(Badge badge) implements Change {
        public String kind() {
            return "badge";
        }

        public String key() {
            return badge.codeHash();
        }
    }

    record PermitChanged(Permit permit) implements Change {
        public String kind() {
            return "permit";
        }

        public String key() {
            return permit.id();
        }
    }

    record BookingChanged(BookingData booking) implements Change {
        public String kind() {
            return "booking";
        }

        public String key() {
            return booking.id().toString();
        }
    }

    record AllotmentChanged(AllotmentTotals totals) implements Change {
        public String kind() {
            return "allotment";
        }

        public String key() {
            return totals.kioskId() + "/" + totals.roundId() + "/" + totals.date();
        }
    }
}
