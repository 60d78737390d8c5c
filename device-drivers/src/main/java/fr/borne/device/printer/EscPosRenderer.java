package fr.borne.device.printer;

import fr.borne.device.receipt.BarcodeImages;
import fr.borne.device.receipt.LaidOutLine;
import fr.borne.device.receipt.Receipt;
import fr.borne.device.receipt.ReceiptLayout;
import fr.borne.device.receipt.ShapedText;
import fr.borne.device.receipt.Symbology;
import fr.borne.device.receipt.TextStyle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Renders a receipt to ESC/POS bytes: {@code ESC @} then code page PC858 ({@code ESC t 19}, re-sent because
 * {@code ESC @} resets it), each line with its alignment, bold, underline and size, barcodes as native commands or
 * ZXing rasters per profile, and a cut that always starts a line.
 */
public final class EscPosRenderer {

    private static final int FEED_BEFORE_CUT = 4;

    private final PrinterProfile profile;
    private final ReceiptLayout layout;
    private final Pc858Encoder encoder = new Pc858Encoder();

    public EscPosRenderer(PrinterProfile profile) {
        this.profile = profile;
        this.layout = new ReceiptLayout(profile.columns());
    }

    public byte[] render(Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.writeBytes(new byte[]{EscPos.ESC, '@', EscPos.ESC, 't', Pc858Encoder.ESC_T_PC858});
        for (LaidOutLine line : layout.layOut(receipt)) {
            if (line instanceof LaidOutLine.TextLine t) {
                text(out, t);
            } else if (line instanceof LaidOutLine.TextImage t) {
                // no code page holds it: the shaped text goes as a picture
                out.writeBytes(new byte[]{EscPos.ESC, 'a', 0});
                out.writeBytes(RasterImage.command(ShapedText.dots(
                        ShapedText.render(t.text(), t.style(), profile.dotsPerLine())), profile.dotsPerLine()));
            } else if (line instanceof LaidOutLine.BarcodeBlock b) {
                barcode(out, b);
            } else if (line instanceof LaidOutLine.Blank blank) {
                out.writeBytes(new byte[]{EscPos.ESC, 'd', (byte) blank.lines()});
            } else {
                // Every element ends with a line feed, so the cut starts a line as GS V requires.
                out.writeBytes(new byte[]{EscPos.ESC, 'd', FEED_BEFORE_CUT, EscPos.GS, 'V', 1});
            }
        }
        return out.toByteArray();
    }

    private void text(ByteArrayOutputStream out, LaidOutLine.TextLine t) {
        TextStyle s = t.style();
        out.writeBytes(new byte[]{
                EscPos.ESC, 'a', (byte) s.alignment().ordinal(),
                EscPos.ESC, 'E', (byte) (s.bold() ? 1 : 0),
                EscPos.ESC, '-', (byte) (s.underline() ? 1 : 0),
                EscPos.GS, '!', (byte) (s.doubleSize() ? 0x11 : 0x00)});
        out.writeBytes(encoder.encode(t.text()));
        out.write(EscPos.LF);
    }

    private void barcode(ByteArrayOutputStream out, LaidOutLine.BarcodeBlock b) {
        out.writeBytes(new byte[]{EscPos.ESC, 'a', 1, EscPos.ESC, 'E', 0, EscPos.ESC, '-', 0, EscPos.GS, '!', 0});
        if (profile.barcodes() == BarcodeMode.RASTER) {
            out.writeBytes(RasterImage.command(BarcodeImages.render(b.data(), b.symbology(), profile.dotsPerLine()), profile.dotsPerLine()));
            if (b.symbology() == Symbology.CODE128) {
                out.writeBytes(encoder.encode(b.data()));
            }
            out.write(EscPos.LF);
        } else if (b.symbology() == Symbology.CODE128) {
            code128(out, b.data());
        } else {
            qr(out, b.data());
        }
        out.writeBytes(new byte[]{EscPos.ESC, 'a', 0});
    }

    private void code128(ByteArrayOutputStream out, String data) {
        byte[] bytes = ("{B" + data).getBytes(StandardCharsets.US_ASCII);
        int modules = 11 * (data.length() + 3) + 35;
        int moduleWidth = modules * 2 <= profile.dotsPerLine() ? 2 : 1;
        out.writeBytes(new byte[]{
                EscPos.GS, 'h', (byte) BarcodeImages.CODE128_HEIGHT,
                EscPos.GS, 'w', (byte) moduleWidth,
                EscPos.GS, 'H', 2,
                EscPos.GS, 'f', 0,
                EscPos.GS, 'k', 73, (byte) bytes.length});
        out.writeBytes(bytes);
        out.write(EscPos.LF);
    }

    private void qr(ByteArrayOutputStream out, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        int storeLength = bytes.length + 3;
        out.writeBytes(new byte[]{
                EscPos.GS, '(', 'k', 4, 0, 49, 65, 50, 0,
                EscPos.GS, '(', 'k', 3, 0, 49, 67, (byte) BarcodeImages.QR_MODULE,
                EscPos.GS, '(', 'k', 3, 0, 49, 69, 49,
                EscPos.GS, '(', 'k', (byte) (storeLength & 0xFF), (byte) (storeLength >> 8), 49, 80, 48});
        out.writeBytes(bytes);
        out.writeBytes(new byte[]{EscPos.GS, '(', 'k', 3, 0, 49, 81, 48});
        out.write(EscPos.LF);
    }
}
