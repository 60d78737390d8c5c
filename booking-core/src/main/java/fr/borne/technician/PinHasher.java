package fr.borne.technician;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Salted, slow PIN hashing with the JDK's PBKDF2WithHmacSHA256: no extra library, and the
 * iteration count is stored with each hash so it can be raised later without locking
 * anyone out (old hashes keep verifying with their own count).
 */
public final class PinHasher {

    /** The least the store accepts (also enforced by the table). */
    public static final int MIN_ITERATIONS = 100_000;
    /** About half a second on a Raspberry Pi 4 class board. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final HexFormat HEX = HexFormat.of();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PinHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PinHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations, not " + iterations);
        }
        this.iterations = iterations;
    }

    public PinHash hash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(HEX.formatHex(derive(pin, salt, iterations)), HEX.formatHex(salt), iterations);
    }

    /** Compares in constant time, with the stored hash's own salt and iteration count. */
    public boolean matches(String pin, PinHash stored) {
        byte[] expected = HEX.parseHex(stored.hash());
        byte[] actual = derive(pin, HEX.parseHex(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
