package fr.borne.device.config;

import java.util.Optional;

/** The device configuration file is wrong; the message names the key and what is expected. */
public class DeviceConfigException extends RuntimeException {

    private final String key;

    public DeviceConfigException(String message) {
        this(null, message, null);
    }

    public DeviceConfigException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** @param key the key whose value (or absence) is wrong, so that a caller can say on which line it is */
    public DeviceConfigException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The key at fault, when one is. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
