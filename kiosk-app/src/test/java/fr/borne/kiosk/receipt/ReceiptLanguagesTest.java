package fr.borne.kiosk.receipt;

import fr.borne.booking.Booking;
import fr.borne.demo.DemoData;
import fr.borne.demo.Timetables;
import fr.borne.device.printer.BarcodeMode;
import fr.borne.device.printer.EscPosRenderer;
import fr.borne.device.printer.Pc858Encoder;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.receipt.Receipt;
import fr.borne.device.receipt.ReceiptImageRenderer;
import fr.borne.kiosk.LocalStore;
import fr.borne.kiosk.i18n.FiguresInForce;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.settings.SettingsOverride;
import fr.borne.store.SettingsOverrideRepository;
import fr.borne.store.SettingsScope;
import fr.borne.store.Database;
import fr.borne.store.SqliteVisitorDirectory;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T1–T3: the receipt stays in French for the staff at the gate, and tells the visitor the same
 * essentials again in the language they used (Arabic shaped and right to left, as a picture on
 * the thermal printer). Céline's demo family: Gérard Blanchard's booking at Rouen.
 */
class ReceiptLanguagesTest {

    private static final Duration LEAD = Duration.ofMinutes(45);

    @TempDir
    Path dir;
    private Database database;
    private ReceiptComposer composer;
    private Booking booking;

    @BeforeEach
    void open() {
        TestClock clock = TestClock.at(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
        database = Database.open(dir.resolve("replica.db"));
        DemoData.load(database, clock);
        // the establishment's own lead, as a settings table of the replica holds it
        database.write(c -> {
            new SettingsOverrideRepository(c).save(SettingsScope.ESTABLISHMENT, Timetables.ROUEN,
                    SettingsOverride.builder().convocationLead(LEAD).build());
            return null;
        });
        SqliteVisitorDirectory directory = new SqliteVisitorDirectory(database, Timetables.ROUEN, clock);
        composer = new ReceiptComposer(directory, new FiguresInForce(
                LocalStore.open(database, Timetables.ROUEN, clock).settings(), directory, Timetables.ROUEN));
        booking = directory.upcomingBookings("v-1014").get(0);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void T3_a_french_visitor_gets_the_french_receipt_alone() {
        String paper = composer.compose(booking, Language.FR).plainText();
        assertThat(paper).contains("RÉSERVATION PARLOIR", "L'appel a lieu 45 minutes avant le parloir", "Gérard Blanchard")
                .doesNotContain("En français");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "ES", "AR"})
    void T1_T2_the_visitors_language_follows_the_french_with_the_essentials_and_no_name_again(Language language) {
        String paper = composer.compose(booking, language).plainText();
        ResourceBundle words = ReceiptComposer.bundle(language);

        assertThat(paper).contains("RÉSERVATION PARLOIR", "Ce reçu n'est pas un justificatif");
        assertThat(paper.indexOf(words.getString("language.heading")))
                .as("after the French part").isGreaterThan(paper.indexOf("À savoir"));
        assertThat(paper).contains(words.getString("notProof"), words.getString("idRequired"),
                words.getString("reminders.forbidden"));
        assertThat(paper).as("the setting's lead, in both parts").contains("45 minutes")
                .contains(Texts.format(language, words.getString("convocation.late"), 45L));
        assertThat(occurrences(paper, booking.reference())).as("reference in both parts (and under the barcode)")
                .isGreaterThanOrEqualTo(2);
        assertThat(occurrences(paper, "Gérard Blanchard")).as("names printed once, in the French part").isEqualTo(1);
    }

    @Test
    void T2_the_thermal_printer_gets_arabic_as_raster_pictures_and_french_as_text() {
        Receipt receipt = composer.compose(booking, Language.AR);
        byte[] bytes = new EscPosRenderer(PrinterProfile.paper80mm().withBarcodes(BarcodeMode.NATIVE)).render(receipt);

        assertThat(occurrences(bytes, new byte[] {0x1D, 'v', '0'})).as("GS v 0 pictures of shaped Arabic")
                .isGreaterThanOrEqualTo(10);
        Pc858Encoder pc858 = new Pc858Encoder();
        for (String french : new String[] {"RÉSERVATION PARLOIR", "CONVOCATION", "Personne détenue", "Gérard Blanchard",
                booking.reference()}) {
            assertThat(occurrences(bytes, pc858.encode(french))).as(french + " as code-page text").isPositive();
        }
        assertThat(occurrences(bytes, pc858.encode("???"))).as("no Arabic lost as question marks").isZero();
        assertThat(receipt.plainText()).as("the phone number keeps its order in Arabic")
                .contains("\u202A02 32 18 01 15\u202C");
    }

    @Test
    void T2_the_simulated_printers_picture_of_an_arabic_receipt_is_longer_and_has_arabic_drawn() throws IOException {
        ReceiptImageRenderer renderer = new ReceiptImageRenderer(48, 576);
        byte[] french = renderer.renderPng(composer.compose(booking, Language.FR));
        byte[] arabic = renderer.renderPng(composer.compose(booking, Language.AR));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(arabic));

        Path out = Path.of("target", "receipts");
        Files.createDirectories(out);
        Files.write(out.resolve("receipt-ar.png"), arabic);

        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(image.getHeight()).as("the Arabic part follows the French one")
                .isGreaterThan(ImageIO.read(new ByteArrayInputStream(french)).getHeight() + 20 * 24);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_receipt_word_exists_in_each_language(Language language) {
        Set<String> french = new HashSet<>(Collections.list(ReceiptComposer.bundle(Language.FR).getKeys()));
        ResourceBundle bundle = ReceiptComposer.bundle(language);
        assertThat(new HashSet<>(Collections.list(bundle.getKeys()))).isEqualTo(french);
        assertThat(french).allSatisfy(key -> assertThat(bundle.getString(key)).isNotBlank());
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static int occurrences(byte[] bytes, byte[] part) {
        int n = 0;
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }
}
