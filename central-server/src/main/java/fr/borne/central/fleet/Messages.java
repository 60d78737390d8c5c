package fr.borne.central.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/** The fleet page's words, from {@code fleet/messages.properties}; {@code {0}}, {@code {1}}… take arguments. */
public final class Messages {

    static final String RESOURCE = "/fleet/messages.properties";

    private final Properties texts;

    private Messages(Properties texts) {
        this.texts = texts;
    }

    public static Messages load() {
        try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Messages(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key} with its arguments put in; a missing key is a bug. */
    public String text(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
