package fr.borne.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.random.RandomGenerator;

/**
 * Short booking references for the receipt and the phone line: six characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 887 million of them.
 */
public final class BookingReferences {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 6;

    private final RandomGenerator random;

    public BookingReferences() {
        this(new SecureRandom());
    }

    /** References drawn from the given generator, for repeatable demo and test data. */
    public BookingReferences(RandomGenerator random) {
        this.random = random;
    }

    /** A reference no booking of the replica uses yet. */
    public String next(Connection transaction) throws SQLException {
        BookingRepository bookings = new BookingRepository(transaction);
        String reference;
        do {
            reference = candidate();
        } while (bookings.referenceExists(reference));
        return reference;
    }

    /** A reference, not yet checked against the replica. */
    public String candidate() {
        StringBuilder reference = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
