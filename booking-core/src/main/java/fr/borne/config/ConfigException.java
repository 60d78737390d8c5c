package fr.borne.config;

/** A configuration the program must not start with; the message names the key, the file and the line. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
