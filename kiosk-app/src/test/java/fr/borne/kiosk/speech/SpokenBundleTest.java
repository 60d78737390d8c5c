package fr.borne.kiosk.speech;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.ui.Screen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spoken bundles cover the kiosk: every screen class (found in the compiled classes, so a
 * new screen cannot be forgotten) has what it asks in every language, every language has the
 * same keys, and every key is used.
 */
class SpokenBundleTest {

    private static final String TECHNICIAN = "fr.borne.kiosk.technician";

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Collections.list(SpokenTexts.load(language).getKeys()));
    }

    private static Set<String> screenIds() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.borne.kiosk").stream()
                .filter(c -> c.isAssignableTo(Screen.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isAnonymousClass()
                        // technician mode is staff's, behind a badge and a PIN: not a visitor's screen
                        && !c.getPackageName().startsWith(TECHNICIAN))
                .map(JavaClass::reflect)
                .map(ScreenIds::of)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("Every visitor's screen has a spoken text (what it asks) in every language, and no spoken text names a screen that is gone")
    void everyScreen_hasItsSpokenText_inEveryLanguage() {
        Set<String> screens = screenIds();
        assertThat(screens).contains("attract", "home", "day", "round", "companions", "review", "booked", "refused");
        for (Language language : Language.values()) {
            Set<String> spokenScreens = keys(language).stream().filter(k -> k.startsWith(SpokenTexts.SCREEN_PREFIX))
                    .map(k -> k.substring(SpokenTexts.SCREEN_PREFIX.length()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(spokenScreens).as("screens spoken in " + language).isEqualTo(screens);
            screens.forEach(id -> assertThat(new SpokenTexts().screen(language, id)).get().asString().isNotBlank());
        }
    }

    @Test
    @DisplayName("Every language has the same spoken keys, each one used by the guide")
    void everyLanguage_hasTheSameKeys_andEveryKeyIsUsed() throws IOException {
        Set<String> french = keys(Language.FR);
        for (Language language : Language.values()) {
            assertThat(keys(language)).as("spoken keys in " + language).isEqualTo(french);
        }
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/borne/kiosk/speech"))) {
            code = files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        french.stream().filter(k -> !k.startsWith(SpokenTexts.SCREEN_PREFIX))
                .forEach(k -> assertThat(code).as("key " + k + " used").contains("\"" + k + "\""));
    }
}
