package fr.borne.central.fleet;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/borne/central/fleet");

    private final Messages messages = Messages.load();

    @Test
    void every_liveness_and_every_known_device_word_has_words() {
        for (Liveness liveness : Liveness.values()) {
            assertThat(messages.text("liveness." + liveness.name())).isNotBlank();
        }
        for (String word : DeviceCondition.knownWords()) {
            assertThat(messages.text("device." + word)).isNotBlank();
        }
    }

    @Test
    void no_message_is_unused() throws IOException {
        String code;
        try (Stream<Path> files = Files.list(SOURCES)) {
            code = files.filter(f -> f.toString().endsWith(".java")).map(MessagesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<String> liveness = Arrays.stream(Liveness.values()).map(Enum::name).toList();
        List<String> unused = messages.keys().stream().filter(key -> !code.contains("\"" + key + "\""))
                .filter(key -> !(key.startsWith("liveness.") && liveness.contains(suffix(key))))
                .filter(key -> !(key.startsWith("device.") && DeviceCondition.knownWords().contains(suffix(key))))
                .filter(key -> !(key.startsWith("column.") && code.contains("\"" + suffix(key) + "\"")))
                .toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void arguments_are_put_in_and_apostrophes_kept() {
        assertThat(messages.text("ago.hours", 2, "05")).isEqualTo("il y a 2 h 05");
        assertThat(messages.text("column.outbox")).isEqualTo("File d'envoi");
    }

    @Test
    void a_missing_key_is_a_bug_not_a_blank() {
        assertThatThrownBy(() -> messages.text("no.such.key")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String suffix(String key) {
        return key.substring(key.indexOf('.') + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
