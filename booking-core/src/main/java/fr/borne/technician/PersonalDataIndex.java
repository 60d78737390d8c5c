package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.visitor.BadgeCode;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a {@link LogScrubber} that knows the replica's personal data: the words of every
 * visitor's and detainee's name, and the hashes of every badge and écrou number. Held in
 * memory only for the time a bundle is written.
 */
public final class PersonalDataIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Shorter words ("de", "la") would mask half of every log; a whole two-letter name is still masked. */
    private static final int MIN_WORD = 3;

    private PersonalDataIndex() {
    }

    public static LogScrubber scrubberFor(Database database) {
        return database.read(PersonalDataIndex::scrubberFor);
    }

    static LogScrubber scrubberFor(Connection c) throws SQLException {
        Set<String> words = new HashSet<>();
        for (String name : Sql.list(c, """
                SELECT first_name FROM visitor UNION SELECT last_name FROM visitor
                UNION SELECT first_name FROM detainee UNION SELECT last_name FROM detainee""",
                row -> row.getString(1))) {
            addWords(words, name);
        }
        Set<String> hashes = new HashSet<>(Sql.list(c, "SELECT code_hash FROM badge", row -> row.getString(1)));
        hashes.addAll(Sql.list(c, "SELECT badge_hash FROM technician", row -> row.getString(1)));
        for (String ecrou : Sql.list(c, "SELECT ecrou FROM detainee", row -> row.getString(1))) {
            hashes.add(BadgeCode.hash(ecrou));
        }
        return new LogScrubber(words, hashes);
    }

    private static void addWords(Set<String> words, String name) {
        if (name == null) {
            return;
        }
        List<String> parts = WORD.matcher(name).results().map(java.util.regex.MatchResult::group).toList();
        for (String part : parts) {
            if (part.length() >= MIN_WORD || parts.size() == 1) {
                words.add(LogScrubber.fold(part));
            }
        }
    }
}
