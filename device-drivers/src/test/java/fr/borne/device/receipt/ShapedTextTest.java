package fr.borne.device.receipt;

import fr.borne.device.printer.BarcodeMode;
import fr.borne.device.printer.EscPosRenderer;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.testing.EscPosReader;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** Arabic on paper: shaped, right to left, as a picture the thermal printer prints (GS v 0). */
class ShapedTextTest {

    private static final int WIDTH = 576;
    /** "Booking reference" in Arabic. */
    private static final String ARABIC = "الرقم المرجعي للحجز";

    @Test
    void only_text_outside_the_code_pages_reach_goes_as_a_picture() {
        assertThat(ShapedText.needsImage(ARABIC)).isTrue();
        assertThat(ShapedText.needsImage("Réservation — parloir à 10 h 15, cœur 5 €")).isFalse();
        assertThat(ShapedText.needsImage("¿Cuándo? Año, niño: ¡sí!")).isFalse();
        assertThat(ShapedText.needsImage("Referencia RV-2027 (12)")).isFalse();
    }

    @Test
    void arabic_letters_are_joined_as_in_writing_not_printed_one_by_one() {
        // beh four times: shaped, it is initial, medial, medial, final forms; unshaped, four isolated letters
        BufferedImage logical = ShapedText.render("\u0628\u0628\u0628\u0628", TextStyle.NORMAL, WIDTH);
        BufferedImage joined = ShapedText.render("\uFE91\uFE92\uFE92\uFE90", TextStyle.NORMAL, WIDTH);
        BufferedImage isolated = ShapedText.render("\uFE8F\uFE8F\uFE8F\uFE8F", TextStyle.NORMAL, WIDTH);

        assertThat(ink(logical)).isPositive();
        assertThat(difference(logical, joined)).as("shaped like the joined forms").isLessThan(ink(logical) / 10);
        assertThat(difference(logical, isolated)).as("not like isolated letters").isGreaterThan(ink(logical) / 4);
    }

    @Test
    void a_right_to_left_paragraph_starts_at_the_right_edge() {
        BufferedImage image = ShapedText.render(ARABIC, TextStyle.NORMAL, WIDTH);
        int[] span = inkColumns(image);
        assertThat(span[1]).as("rightmost dot").isBetween(WIDTH - 16, WIDTH - 2);
        assertThat(span[0]).as("leftmost dot: a short line leaves the left free").isGreaterThan(WIDTH / 3);

        BufferedImage french = ShapedText.render("Référence", TextStyle.NORMAL, WIDTH);
        assertThat(inkColumns(french)[0]).as("left to right starts at the left").isLessThan(16);
    }

    @Test
    void a_long_paragraph_wraps_to_the_paper_width() {
        String longer = (ARABIC + " ").repeat(8).strip();
        BufferedImage image = ShapedText.render(longer, TextStyle.NORMAL, WIDTH);
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(3 * ShapedText.LINE_DOTS);
    }

    @Test
    void a_line_break_in_the_text_starts_a_new_line_and_draws_nothing_itself() {
        BufferedImage two = ShapedText.render(ARABIC + "\n" + ARABIC, TextStyle.NORMAL, WIDTH);
        BufferedImage one = ShapedText.render(ARABIC, TextStyle.NORMAL, WIDTH);
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        assertThat(ink(two)).isCloseTo(2 * ink(one), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void the_printer_gets_arabic_as_a_raster_image_and_french_as_code_page_text() {
        Receipt receipt = Receipt.builder()
                .title("RÉSERVATION PARLOIR")
                .labelValue("Référence", "RV-0042")
                .separator('=')
                .bold(ARABIC)
                .labelValue("المرجع", "RV-0042")
                .cut()
                .build();
        byte[] bytes = new EscPosRenderer(PrinterProfile.paper80mm().withBarcodes(BarcodeMode.NATIVE)).render(receipt);
        EscPosReader.Decoded paper = EscPosReader.decode(bytes);

        assertThat(paper.rasters()).as("GS v 0 pictures, one per Arabic paragraph").hasSize(2)
                .allSatisfy(img -> assertThat(img.getWidth()).isEqualTo(576));
        assertThat(paper.texts()).anyMatch(t -> t.contains("RÉSERVATION PARLOIR"))
                .anyMatch(t -> t.contains("Référence") && t.contains("RV-0042"))
                .noneMatch(t -> t.contains("?"));
        assertThat(new ReceiptLayout(48).toText(receipt)).contains(ARABIC);
    }

    @Test
    void the_simulated_printers_image_draws_the_same_picture() {
        Receipt arabic = Receipt.builder().line(ARABIC).build();
        BufferedImage image = new ReceiptImageRenderer(48, WIDTH).render(arabic);
        assertThat(inkColumns(image)[1]).isGreaterThan(WIDTH - 16);
    }

    private static int ink(BufferedImage image) {
        int n = 0;
        for (boolean[] row : ShapedText.dots(image)) {
            for (boolean dot : row) {
                n += dot ? 1 : 0;
            }
        }
        return n;
    }

    private static int difference(BufferedImage a, BufferedImage b) {
        boolean[][] da = ShapedText.dots(a);
        boolean[][] db = ShapedText.dots(b);
        int n = 0;
        for (int y = 0; y < Math.max(da.length, db.length); y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean pa = y < da.length && da[y][x];
                boolean pb = y < db.length && db[y][x];
                n += pa != pb ? 1 : 0;
            }
        }
        return n;
    }

    /** Leftmost and rightmost columns with ink. */
    private static int[] inkColumns(BufferedImage image) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }
}
