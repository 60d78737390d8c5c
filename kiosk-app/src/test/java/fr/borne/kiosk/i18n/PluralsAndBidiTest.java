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
    void arabicKeepsThePhoneNumberInOrderAndTheFrenchHoursOutOfBrackets() {
        String phone = "02 32 18 01 15";
        String hours = "mer.–ven. 10 h 00–11 h 30";
        String line = in(Language.AR, "special.refused.phone", phone, hours);
        // "اتصل بالرقم 02 32 18 01 15 (mer.–ven. …)." drew the brackets and the full stop out of place
        assertThat(line).doesNotContain("(", ")").endsWith(hours + ".");
        java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        int number = line.indexOf("02");
        int end = number + phone.length();
        // the number is one run, its spaces included (no-break spaces: rule W4), so its groups keep their order
        for (int i = number; i < end; i++) {
            assertThat(bidi.getLevelAt(i)).as("level of " + line.charAt(i) + " at " + i).isEqualTo(2);
        }
        String spaced = "اتصل بالرقم " + phone + ".";
        assertThat(new java.text.Bidi(spaced, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT).getLevelAt(spaced.indexOf(' ', 14)))
                .as("the plain space this replaces: each group a number of its own, read right to left").isEqualTo(1);
        // the hours, a left-to-right run; the full stop after them, the sentence's (right to left)
        int from = line.indexOf(hours);
        assertThat(bidi.getLevelAt(from)).isEqualTo(2);
        assertThat(bidi.getLevelAt(from + hours.length() - 1)).isEqualTo(2);
        assertThat(bidi.getLevelAt(line.length() - 1)).isEqualTo(1);
        assertThat(bidi.getLevelAt(from - 1)).as("the space before them").isEqualTo(1);
    }

    @Test
    void noArabicMessageWrapsAnArgumentInBrackets() {
        // the technician's screens are in French; the visitor's Arabic never puts "({n})" after another argument
        java.util.ResourceBundle ar = Texts.load(Language.AR);
        assertThat(java.util.Collections.list(ar.getKeys()).stream().filter(k -> !k.startsWith("technician."))
                .filter(k -> ar.getString(k).matches("(?s).*\\{\\d\\} \\(\\{\\d\\}\\).*")).toList()).isEmpty();
    }

    @Test
    void leftToRightLanguagesGetTheirArgumentsAsTheyAre() {
        assertThat(in(Language.FR, "special.refused.phone", "02 32 18 01 15", "lun.")).isEqualTo("Appelez le 02 32 18 01 15 (lun.).");
        assertThat(in(Language.FR, "companions.self", "Sophie Marchand")).isEqualTo("Sophie Marchand (vous)");
    }
}
