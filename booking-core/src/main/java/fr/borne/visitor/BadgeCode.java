package fr.borne.visitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Turns a scanned badge code into the keyed hash under which it is stored and looked up,
 * with the keys this process was configured with ({@link BadgeKeys#configured()}: the
 * demo key unless a key file is named). Programs call {@link #load()} at start, so that a
 * named key file that cannot be used stops them there, with a message naming it.
 */
public final class BadgeCode {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeCode.class);
    private static volatile BadgeKeys keys;

    private BadgeCode() {
    }

    /**
     * The keys, read on the first call.
     *
     * @throws fr.borne.config.ConfigException naming the key file when it is named but cannot be used
     */
    public static BadgeKeys load() {
        BadgeKeys loaded = keys;
        if (loaded == null) {
            synchronized (BadgeCode.class) {
                if (keys == null) {
                    keys = BadgeKeys.configured();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    /**
     * A program's start: reads the keys now (again, if they were read before) and says which one hashes badges (its id, never
     * the secret); out of demo mode, running on the published demo key is warned about.
     *
     * @throws fr.borne.config.ConfigException naming the key file when it is named but cannot be used
     */
    public static BadgeKeys loadAtStart(boolean demoMode) {
        BadgeKeys loaded = BadgeKeys.configured();
        synchronized (BadgeCode.class) {
            keys = loaded;
        }
        if (!loaded.isDemo()) {
            LOG.info("badge codes hashed with key {} of {}", loaded.currentId(),
                    BadgeKeys.namedFile().map(Object::toString).orElse("?"));
        } else if (!demoMode) {
            LOG.warn("badge codes are hashed with the published demo key: name the deployment's key file with {}",
                    BadgeKeys.ENVIRONMENT);
        }
        return loaded;
    }

    /** HMAC-SHA256 of the trimmed, upper-cased code under the current key, in hex. */
    public static String hash(String code) {
        return load().hash(code);
    }

    /** The code's hash under the current key, then under the previous one while keys rotate. */
    public static List<String> candidates(String code) {
        return load().candidates(code);
    }
}
