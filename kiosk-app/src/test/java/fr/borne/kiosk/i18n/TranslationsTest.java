package fr.borne.kiosk.i18n;

import fr.borne.booking.Reason;
import fr.borne.device.printer.PrintFailure;
import fr.borne.permit.PermitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key exists in each language, none is empty, none is unused, and every key the code names exists. */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Set<String> keys(Language language) {
        return Texts.load(language).keySet();
    }

    /** Keys built from enum names at run time, not written as literals. */
    private static Set<String> builtKeys() {
        Set<String> built = new HashSet<>();
        Arrays.stream(Reason.values()).forEach(r -> built.add("reason." + r.name()));
        Explanations.SHORT_STATUS.forEach(r -> built.add("status." + r.name()));
        Arrays.stream(PrintFailure.values()).forEach(f -> built.add("print.failure." + f.name()));
        Arrays.stream(PermitStatus.values()).forEach(s -> built.add("home.permit." + s.name()));
        Arrays.stream(fr.borne.store.OutboxKind.values()).forEach(k -> built.add("central.refused." + k.name()));
        return built;
    }

    private static Set<String> literalsInSources() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // the receipt's words live in their own bundle, checked below
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("ReceiptComposer.java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyExistsInEachLanguage(Language language) {
        Set<String> french = keys(Language.FR);
        Set<String> other = keys(language);
        assertThat(other).as("keys missing in " + language).containsAll(french);
        assertThat(french).as("keys only in " + language).containsAll(other);
        ResourceBundle bundle = Texts.load(language);
        assertThat(other.stream().filter(k -> bundle.getString(k).isBlank())).as("empty texts").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguageHasItsOwnBundle(Language language) {
        assertThat(Texts.load(language).getLocale().getLanguage())
                .isEqualTo(language == Language.FR ? "" : language.locale().getLanguage());
    }

    @Test
    void everyRefusalReasonHasItsWords() {
        Set<String> french = keys(Language.FR);
        assertThat(french).containsAll(builtKeys());
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = new HashSet<>(literalsInSources());
        used.addAll(builtKeys());
        Set<String> unused = keys(Language.FR).stream().filter(k -> !used.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> french = keys(Language.FR);
        Set<String> prefixes = french.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = literalsInSources().stream()
                .filter(l -> prefixes.stream().anyMatch(l::startsWith))
                .filter(l -> !french.contains(l))
                .filter(l -> !l.endsWith("."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).isEmpty();
    }

    @Test
    void receiptWordsAreAllUsed() throws IOException {
        ResourceBundle receipt = ResourceBundle.getBundle("fr.borne.kiosk.receipt.receipt", Locale.ROOT);
        String composer = Files.readString(SOURCES.resolve("fr/borne/kiosk/receipt/ReceiptComposer.java"));
        Set<String> unused = Collections.list(receipt.getKeys()).stream()
                .filter(k -> !composer.contains("\"" + k + "\"")).collect(Collectors.toSet());
        assertThat(unused).isEmpty();
    }
}
