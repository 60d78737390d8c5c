package fr.borne.device.printer;

import com.google.zxing.common.BitMatrix;

import java.io.ByteArrayOutputStream;

/** A bitmap as an ESC/POS {@code GS v 0} raster command, centred on the paper width. */
final class RasterImage {

    private RasterImage() {
    }

    /** Dots as rows of {@code [y][x]}, already as wide as the paper or narrower (centred). */
    static byte[] command(boolean[][] dots, int paperDots) {
        int width = dots.length == 0 ? 0 : dots[0].length;
        BitMatrix m = new BitMatrix(Math.max(1, width), Math.max(1, dots.length));
        for (int y = 0; y < dots.length; y++) {
            for (int x = 0; x < width; x++) {
                if (dots[y][x]) {
                    m.set(x, y);
                }
            }
        }
        return command(m, paperDots);
    }

    static byte[] command(BitMatrix m, int paperDots) {
        int widthBytes = paperDots / 8;
        int left = Math.max(0, (paperDots - m.getWidth()) / 2);
        int height = m.getHeight();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + widthBytes * height);
        out.writeBytes(new byte[]{EscPos.GS, 'v', '0', 0,
                (byte) (widthBytes & 0xFF), (byte) (widthBytes >> 8), (byte) (height & 0xFF), (byte) (height >> 8)});
        for (int y = 0; y < height; y++) {
            for (int xb = 0; xb < widthBytes; xb++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xb * 8 + bit - left;
                    if (x >= 0 && x < m.getWidth() && m.get(x, y)) {
                        bits |= 0x80 >> bit;
                    }
                }
                out.write(bits);
            }
        }
        return out.toByteArray();
    }
}
