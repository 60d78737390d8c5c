package fr.borne.device.config;

/** The device configuration file is wrong; the message names the key and what is expected. */
public class DeviceConfigException extends RuntimeException {

    public DeviceConfigException(String message) {
        super(message);
    }

    public DeviceConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
