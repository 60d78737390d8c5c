package fr.borne.kiosk.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted words agree with their number in each language; embedded runs keep their place in Arabic. */
class PluralsAndBidiTest {

    private static String in(Language language, String key, Object... args) {
        Texts texts = new Texts();
        texts.use(language);
        return texts.get(key, args);
    }

    /** Arabic has six plural forms: zero, one, two, few (3–10), many (11–99), other (100…). */
    @ParameterizedTest(name = "ar {0} → {1}")
    @CsvSource({
            "0, لا أماكن",
            "1, مكان واحد",
            "2, مكانان",
            "3, 3 أماكن",
            "11, 11 مكانًا",
            "58, 58 مكانًا",
            "100, 100 مكان"})
    void arabicSeatsTakeTheFormOfTheirNumber(int seats, String expected) {
        assertThat(in(Language.AR, "day.seats", seats)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "fr {0} → {1}")
    @CsvSource({
            "0, Aucune place",
            "1, 1 place",
            "2, 2 places",
            "3, 3 places",
            "11, 11 places",
            "58, 58 places",
            "100, 100 places"})
    void frenchSeatsAreSingularOnlyForOne(int seats, String expected) {
        assertThat(in(Language.FR, "day.seats", seats)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "EN, 1, 1 place left",
            "EN, 2, 2 places left",
            "ES, 1, Queda 1 plaza",
            "ES, 58, Quedan 58 plazas",
            "AR, 2, بقي مكانان",
            "AR, 58, بقي 58 مكانًا"})
    void seatsLeftAgreeInEveryLanguage(Language language, int seats, String expected) {
        assertThat(in(language, "round.seats", seats)).isEqualTo(expected);
    }

    @Test
    void frenchAgeAndCountdownAgreeWithTheirNumber() {
        assertThat(in(Language.FR, "companions.minor", "Lucas", 1)).isEqualTo("Lucas, 1 an");
        assertThat(in(Language.FR, "companions.minor", "Lucas", 11)).isEqualTo("Lucas, 11 ans");
        assertThat(in(Language.FR, "technician.keypad.wrong", 1)).contains("Encore 1 essai avant");
        assertThat(in(Language.FR, "inactivity.countdown", 20)).endsWith("dans 20 secondes.");
    }

    @Test
    void arabicAgeStaysWithTheWordYearAfterALatinName() {
        String minor = in(Language.AR, "companions.minor", "Léa Marchand", 17);
        assertThat(minor).isEqualTo("Léa Marchand، العمر 17 سنة");
        java.text.Bidi bidi = new java.text.Bidi(minor, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        // an Arabic word stands between the name and the number: the number is a right-to-left
        // sentence's number (level 2, with "سنة"), the comma after the name right to left (level 1);
        // "Léa Marchand، 17 سنة" would carry the comma and the 17 into the name's left-to-right run
        assertThat(bidi.getLevelAt(minor.indexOf('،'))).isEqualTo(1);
        assertThat(bidi.getLevelAt(minor.indexOf("17"))).isEqualTo(2);
        String glued = "Léa Marchand، 17 سنة";
        assertThat(new java.text.Bidi(glued, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT).getLevelAt(glued.indexOf('،')))
                .as("the wording this replaces").isEqualTo(2);
        assertThat(in(Language.AR, "companions.minor", "Léa", 2)).endsWith("سنتان");
    }

    @Test
    void arabicSaysYouBeforeTheLatinNameWithoutBrackets() {
        // JavaFX 21 does not mirror brackets next to a left-to-right run ("Sophie Marchand (أنت)"
        // was drawn "Sophie Marchand)أنت ("): the Arabic word comes first, then the comma, then the name
        String self = in(Language.AR, "companions.self", "Sophie Marchand");
        assertThat(self).doesNotContain("(", ")").startsWith("أنت").endsWith("Sophie Marchand");
        java.text.Bidi bidi = new java.text.Bidi(self, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        assertThat(bidi.getLevelAt(self.indexOf('،'))).as("the comma stays with the Arabic").isOdd();
        assertThat(bidi.getLevelAt(self.indexOf('S'))).isEven();
    }

    @Test
    void leftToRightLanguagesGetTheirArgumentsAsTheyAre() {
        assertThat(in(Language.FR, "companions.self", "Sophie Marchand")).isEqualTo("Sophie Marchand (vous)");
    }
}
