package fr.borne.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A program's configuration file, {@code key=value} per line, read so that every value
 * remembers its line: an error can then say where it comes from. Stricter than
 * {@link Properties} on purpose: a key given twice or a line without {@code =} is an error,
 * not a silent choice.
 */
public final class ConfigFile {

    /** One {@code key=value} line. */
    public record Entry(String key, String value, int line) {
    }

    private final Optional<Path> file;
    private final Map<String, Entry> entries;

    private ConfigFile(Optional<Path> file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** No file: every option keeps its built-in default (development runs, tests). */
    public static ConfigFile none() {
        return new ConfigFile(Optional.empty(), Map.of());
    }

    public static ConfigFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("the configuration file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("cannot read the configuration file " + file + ": " + e.getMessage());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException(file + " line " + number + ": expected key=value, found '" + line + "'");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            Entry previous = entries.put(key, new Entry(key, value, number));
            if (previous != null) {
                throw new ConfigException(file + " line " + number + ": key '" + key + "' is already set on line "
                        + previous.line());
            }
        }
        return new ConfigFile(Optional.of(file), Map.copyOf(entries));
    }

    public Optional<Path> file() {
        return file;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The entries in line order. */
    public List<Entry> entries() {
        return entries.values().stream().sorted(java.util.Comparator.comparingInt(Entry::line)).toList();
    }

    /** Where a key is set, for messages: "/etc/borne/kiosk.properties line 12", or the file alone. */
    public String where(String key) {
        String name = file.map(Path::toString).orElse("(no configuration file)");
        return entry(key).map(e -> name + " line " + e.line()).orElse(name);
    }

    /** The values as {@link Properties}, for readers that take them. */
    public Properties properties() {
        Properties properties = new Properties();
        entries.values().forEach(e -> properties.setProperty(e.key(), e.value()));
        return properties;
    }
}
