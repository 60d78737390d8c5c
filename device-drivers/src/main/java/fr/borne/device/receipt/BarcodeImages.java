package fr.borne.device.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/** Barcode bitmaps drawn with ZXing, at whole-dot module sizes so thermal printing stays sharp and scannable. */
public final class BarcodeImages {

    /** Height of a Code 128 bar in dots. */
    public static final int CODE128_HEIGHT = 80;
    /** Width of one QR module in dots. */
    public static final int QR_MODULE = 6;

    private BarcodeImages() {
    }

    /**
     * The barcode as a bit matrix (true = black) no wider than {@code maxWidth} dots, quiet zones included.
     *
     * @throws IllegalArgumentException if the data cannot be encoded or does not fit
     */
    public static BitMatrix render(String data, Symbology symbology, int maxWidth) {
        try {
            return symbology == Symbology.QR ? qr(data, maxWidth) : code128(data, maxWidth);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode barcode: " + e.getMessage(), e);
        }
    }

    private static BitMatrix code128(String data, int maxWidth) {
        BitMatrix natural = new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 10));
        int module = Math.max(1, Math.min(3, maxWidth / natural.getWidth()));
        if (natural.getWidth() * module > maxWidth) {
            throw new IllegalArgumentException("Code 128 of " + data.length() + " characters is wider than the paper");
        }
        return scale(natural, module, CODE128_HEIGHT);
    }

    private static BitMatrix qr(String data, int maxWidth) throws WriterException {
        BitMatrix natural = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.CHARACTER_SET, "UTF-8"));
        int module = Math.max(1, Math.min(QR_MODULE, maxWidth / natural.getWidth()));
        return scale(natural, module, natural.getHeight() * module);
    }

    /** Scales each column by {@code module} and stretches rows to {@code height} (rows of a 1-high linear code). */
    private static BitMatrix scale(BitMatrix in, int module, int height) {
        BitMatrix out = new BitMatrix(in.getWidth() * module, height);
        int rowsPerIn = height / in.getHeight();
        for (int y = 0; y < height; y++) {
            int sy = Math.min(in.getHeight() - 1, y / Math.max(1, rowsPerIn));
            for (int x = 0; x < out.getWidth(); x++) {
                if (in.get(x / module, sy)) {
                    out.set(x, y);
                }
            }
        }
        return out;
    }
}
