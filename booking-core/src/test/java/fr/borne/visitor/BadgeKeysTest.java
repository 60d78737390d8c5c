package fr.borne.visitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadgeKeysTest {

    @TempDir
    Path dir;

    @Test
    void P5_a_badge_hash_is_keyed_so_hashing_every_plausible_code_without_the_key_finds_nothing() throws Exception {
        BadgeKeys deployment = BadgeKeys.read(keyFile("k2026:" + secret(1)));

        assertThat(deployment.hash("DEMO-0001")).hasSize(64).isNotEqualTo(sha256("DEMO-0001"))
                .isNotEqualTo(BadgeKeys.demo().hash("DEMO-0001"));
        assertThat(BadgeCode.hash("DEMO-0001")).as("this process runs on the demo key")
                .isEqualTo(BadgeKeys.demo().hash("DEMO-0001")).isNotEqualTo(sha256("DEMO-0001"));
        assertThat(deployment.hash("  demo-0001 ")).as("trimmed, upper-cased").isEqualTo(deployment.hash("DEMO-0001"));
        assertThat(deployment.isDemo()).isFalse();
        assertThat(BadgeKeys.demo().isDemo()).isTrue();
    }

    @Test
    void P5_while_keys_rotate_a_code_is_looked_up_under_the_new_key_then_the_old_one() throws IOException {
        BadgeKeys old = BadgeKeys.read(keyFile("k1:" + secret(1)));
        BadgeKeys rotating = BadgeKeys.read(keyFile("# new first\nk2:" + secret(2) + "\n\nk1:" + secret(1) + "\n"));

        assertThat(rotating.currentId()).isEqualTo("k2");
        assertThat(rotating.candidates("R-001-1")).containsExactly(rotating.hash("R-001-1"), old.hash("R-001-1"));
        assertThat(rotating.hash("R-001-1")).isNotEqualTo(old.hash("R-001-1"));
    }

    @Test
    void a_key_file_with_a_short_secret_or_three_keys_is_refused() throws IOException {
        assertThatThrownBy(() -> BadgeKeys.read(keyFile("k:" + Base64.getEncoder().encodeToString(new byte[8]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter");
        assertThatThrownBy(() -> BadgeKeys.read(keyFile("a:" + secret(1) + "\nb:" + secret(2) + "\nc:" + secret(3))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BadgeKeys.read(keyFile("# nothing\n"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_named_key_file_that_is_missing_or_malformed_is_refused_naming_the_file_never_the_secret() throws IOException {
        String before = System.getProperty(BadgeKeys.PROPERTY);
        Path missing = dir.resolve("badge.key");
        try {
            System.setProperty(BadgeKeys.PROPERTY, missing.toString());
            assertThatThrownBy(BadgeKeys::configured).isInstanceOf(fr.borne.config.ConfigException.class)
                    .hasMessageContaining("badge key file " + missing + " (BORNE_BADGE_KEY_FILE): no such file");
            Path shortKey = keyFile("k:" + Base64.getEncoder().encodeToString(new byte[8]));
            System.setProperty(BadgeKeys.PROPERTY, shortKey.toString());
            assertThatThrownBy(BadgeKeys::configured).hasMessageContaining(shortKey.toString())
                    .hasMessageContaining("shorter").hasMessageNotContaining(Base64.getEncoder().encodeToString(new byte[8]));
            Path good = keyFile("k2:" + secret(2) + "\nk1:" + secret(1));
            System.setProperty(BadgeKeys.PROPERTY, good.toString());
            assertThat(BadgeKeys.configured().currentId()).isEqualTo("k2");
            assertThat(BadgeKeys.configured().previousId()).contains("k1");
            assertThat(BadgeKeys.namedFile()).contains(good);
        } finally {
            if (before == null) {
                System.clearProperty(BadgeKeys.PROPERTY);
            } else {
                System.setProperty(BadgeKeys.PROPERTY, before);
            }
        }
    }

    private Path keyFile(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "badge", ".keys"), text);
    }

    private static String secret(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String sha256(String code) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    }
}
