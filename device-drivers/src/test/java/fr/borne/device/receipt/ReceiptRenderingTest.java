package fr.borne.device.receipt;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import fr.borne.device.printer.BarcodeMode;
import fr.borne.device.printer.EscPosRenderer;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.printer.SampleReceipts;
import fr.borne.device.testing.EscPosReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One receipt model, two renderers: ESC/POS bytes and the image the simulated printer shows. */
class ReceiptRenderingTest {

    private final Receipt receipt = SampleReceipts.sample("PL-2027-0042");

    @Test
    void rasterProfilePrintsZxingBarcodesThatScanBack() throws Exception {
        byte[] bytes = new EscPosRenderer(PrinterProfile.paper80mm().withBarcodes(BarcodeMode.RASTER)).render(receipt);
        EscPosReader.Decoded paper = EscPosReader.decode(bytes);

        assertThat(paper.barcodes()).isEmpty();
        assertThat(paper.rasters()).hasSize(2);
        assertThat(paper.rasters()).allSatisfy(img -> assertThat(img.getWidth()).isEqualTo(576));
        assertThat(decode(paper.rasters().get(0)).getText()).isEqualTo("PL-2027-0042");
        assertThat(decode(paper.rasters().get(1)).getText()).isEqualTo("https://example.invalid/r/PL-2027-0042");
        assertThat(paper.codePages()).containsExactly(19);
        assertThat(paper.cuts()).isEqualTo(1);
    }

    @Test
    void escPosStartsWithInitThenCodePageAndCutsAtLineStart() {
        byte[] bytes = new EscPosRenderer(PrinterProfile.paper80mm()).render(receipt);
        assertThat(bytes).startsWith(0x1B, '@', 0x1B, 't', 19);
        assertThat(EscPosReader.decode(bytes).cutAtLineStart()).isTrue();
    }

    @Test
    void theImageIsPaperWideAndItsBarcodesScan() throws Exception {
        ReceiptImageRenderer renderer = new ReceiptImageRenderer(48, 576);
        byte[] png = renderer.renderPng(receipt);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(image.getHeight()).isGreaterThan(400);
        assertThat(hasInk(image, 0, 60)).as("title drawn at the top").isTrue();
        assertThat(decode(image).getText()).isIn("PL-2027-0042", "https://example.invalid/r/PL-2027-0042");
    }

    @Test
    void bothRenderersWrapLongLinesAtTheSamePlaces() {
        Receipt longLine = Receipt.builder().line("mot ".repeat(30).strip()).build();
        String text = new ReceiptLayout(48).toText(longLine);
        EscPosReader.Decoded paper = EscPosReader.decode(new EscPosRenderer(PrinterProfile.paper80mm()).render(longLine));
        assertThat(paper.texts()).containsExactlyElementsOf(text.lines().toList());
        assertThat(paper.texts()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(48));
    }

    @Test
    void doubleSizeTextWrapsAtHalfTheColumns() {
        Receipt title = Receipt.builder().title("Confirmation de votre réservation").build();
        assertThat(EscPosReader.decode(new EscPosRenderer(PrinterProfile.paper80mm()).render(title)).texts())
                .containsExactly("Confirmation de votre", "réservation");
    }

    private static boolean hasInk(BufferedImage image, int fromY, int toY) {
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Result decode(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

}
