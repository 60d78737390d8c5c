package fr.borne.technician;

import fr.borne.visitor.BadgeCode;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text leaving the kiosk (diagnostics bundles). Our logs carry no
 * names or badge codes by policy; this is the second line of defence:
 * <ul>
 *   <li>any word that is part of a visitor's or detainee's name known to the replica
 *       becomes {@value #NAME};</li>
 *   <li>any code whose hash is a known badge (visitor or technician) or écrou number
 *       becomes {@value #BADGE}, whatever its case;</li>
 *   <li>anything shaped like a badge code or an écrou number (upper-case letters mixed with
 *       digits, e.g. {@code DEMO-0001}, {@code R240101}) or a long run of digits becomes
 *       {@value #BADGE}, known or not;</li>
 *   <li>long hexadecimal strings (hashes) become {@value #HASH}.</li>
 * </ul>
 * Booking ids (UUIDs) and ordinary words survive, so the logs stay useful.
 */
public final class LogScrubber {

    static final String NAME = "[name]";
    static final String BADGE = "[badge]";
    static final String HASH = "[hash]";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9-])[A-Za-z0-9][A-Za-z0-9-]{2,62}[A-Za-z0-9](?![A-Za-z0-9-])");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern CODE_SHAPED = Pattern.compile("(?=[A-Z0-9-]*[0-9])(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]+");
    private static final Pattern LONG_DIGITS = Pattern.compile(".*[0-9]{8,}.*");
    private static final Pattern HEX = Pattern.compile("(?=.*[0-9])(?=.*[a-fA-F])[0-9a-fA-F]{16,}");

    private final Set<String> nameWords;
    private final Set<String> knownCodeHashes;

    /**
     * @param nameWords   name words, folded with {@link #fold(String)}
     * @param knownCodeHashes {@link BadgeCode#hash(String)} of every known badge and écrou number
     */
    public LogScrubber(Set<String> nameWords, Set<String> knownCodeHashes) {
        this.nameWords = Set.copyOf(nameWords);
        this.knownCodeHashes = Set.copyOf(knownCodeHashes);
    }

    public String scrub(String text) {
        return maskNames(maskCodes(text));
    }

    private String maskCodes(String text) {
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(codeReplacement(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String codeReplacement(String token) {
        if (UUID.matcher(token).matches()) {
            return token;
        }
        if (HEX.matcher(token).matches()) {
            return HASH;
        }
        if (isCode(token)) {
            return BADGE;
        }
        return token.indexOf('-') < 0 ? token : maskCodeRuns(token.split("-", -1));
    }

    private boolean isCode(String token) {
        return CODE_SHAPED.matcher(token).matches() || LONG_DIGITS.matcher(token).matches()
                || knownCodeHashes.contains(BadgeCode.hash(token));
    }

    /** A code glued to words by dashes ("scan-DEMO-0001"): masks the longest code-like run of parts. */
    private String maskCodeRuns(String[] parts) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < parts.length) {
            int end = -1;
            for (int j = parts.length; j > i && end < 0; j--) {
                String run = String.join("-", Arrays.copyOfRange(parts, i, j));
                if (run.length() >= 4 && isCode(run)) {
                    end = j;
                }
            }
            if (out.length() > 0) {
                out.append('-');
            }
            if (end > 0) {
                out.append(BADGE);
                i = end;
            } else {
                out.append(parts[i]);
                i++;
            }
        }
        return out.toString();
    }

    private String maskNames(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String word = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(nameWords.contains(fold(word)) ? NAME : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Lower case in composed form, so "KÉVIN", "Kévin" and a decomposed "Kévin" match. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
