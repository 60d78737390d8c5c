package fr.borne.visitor;

import fr.borne.config.ConfigException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The deployment's secret for badge hashes: HMAC-SHA256 of the trimmed, upper-cased code,
 * so that a leaked replica or a captured look-up cannot be reversed by hashing every
 * plausible code. Kiosks and central share it. To rotate, the new key comes first and the
 * old one second: hashes are made with the current key, and looked up under both until
 * every badge has been issued again.
 * <p>
 * The file holds one key a line, {@code id:base64-secret} (at least 16 bytes), current
 * first; blank lines and {@code #} comments are skipped. {@link #demo()} is a published
 * key for the demo and the tests only: it protects nothing.
 */
public final class BadgeKeys {

    /** The environment variable (or system property {@value #PROPERTY}) naming the key file. */
    public static final String ENVIRONMENT = "BORNE_BADGE_KEY_FILE";
    public static final String PROPERTY = "borne.badge.key-file";
    private static final int MIN_SECRET_BYTES = 16;
    private static final BadgeKeys DEMO = new BadgeKeys(List.of(new Key("demo",
            "DEMO ONLY - published in the source - never for a real establishment".getBytes(StandardCharsets.UTF_8))));

    private record Key(String id, byte[] secret) {
    }

    private final List<Key> keys;

    private BadgeKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /** The published demo key: for the demo and the tests. */
    public static BadgeKeys demo() {
        return DEMO;
    }

    /** The keys in {@code file}: the current one, then at most one previous one. */
    public static BadgeKeys read(Path file) {
        List<Key> keys = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException(file + ": a key line is id:base64-secret");
                }
                byte[] secret = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
                if (secret.length < MIN_SECRET_BYTES) {
                    throw new IllegalArgumentException(file + ": key " + trimmed.substring(0, colon)
                            + " is shorter than " + MIN_SECRET_BYTES + " bytes");
                }
                keys.add(new Key(trimmed.substring(0, colon), secret));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the badge key file " + file, e);
        }
        if (keys.isEmpty() || keys.size() > 2) {
            throw new IllegalArgumentException(file + ": one current key, and at most one previous key");
        }
        return new BadgeKeys(keys);
    }

    /**
     * The keys this process was given: the file named by {@value #PROPERTY} or
     * {@value #ENVIRONMENT}, else the demo key.
     *
     * @throws ConfigException naming the file when it is named but missing, unreadable or malformed
     */
    public static BadgeKeys configured() {
        return namedFile().map(BadgeKeys::deployment).orElse(DEMO);
    }

    /**
     * The keys in the deployment's key file, as a program reads them at start.
     *
     * @throws ConfigException naming the file when it is missing, unreadable or malformed
     */
    public static BadgeKeys deployment(Path file) {
        try {
            return read(file);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            String why = e instanceof UncheckedIOException io ? reason(io.getCause()) : e.getMessage();
            throw new ConfigException("cannot use the badge key file " + file + " (" + ENVIRONMENT + "): "
                    + why + "; install the badge.key of the kiosk's enrolment there, root:borne-data 0640");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }

    /** The key file this process is told to use, if any: {@value #PROPERTY}, else {@value #ENVIRONMENT}. */
    public static Optional<Path> namedFile() {
        return Optional.ofNullable(System.getProperty(PROPERTY, System.getenv(ENVIRONMENT)))
                .filter(name -> !name.isBlank()).map(Path::of);
    }

    /** The previous key's id while keys rotate. */
    public Optional<String> previousId() {
        return keys.size() > 1 ? Optional.of(keys.get(1).id()) : Optional.empty();
    }

    public String currentId() {
        return keys.get(0).id();
    }

    public boolean isDemo() {
        return this == DEMO;
    }

    /** The hash of the code under the current key, in lower-case hex. */
    public String hash(String code) {
        return hash(keys.get(0), code);
    }

    /** The hash under the current key, then under the previous one if any: look a badge up under each. */
    public List<String> candidates(String code) {
        return keys.stream().map(key -> hash(key, code)).toList();
    }

    private static String hash(Key key, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(
                    code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
