package fr.borne.device.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes ESC/POS bytes back into what the paper would show, for assertions: lines of text (through the selected
 * code page) with their style, barcodes, raster images, cuts, status requests and process IDs
 * ({@code GS ( H}). Unknown commands fail loudly.
 */
public final class EscPosReader {

    public record Line(String text, int alignment, boolean bold, boolean underline, boolean doubleSize) {
    }

    public record Barcode(String symbology, String data) {
    }

    public record Decoded(List<Line> lines, List<Barcode> barcodes, List<BufferedImage> rasters, int initCount,
                          List<Integer> codePages, int cuts, List<Integer> statusRequests, boolean cutAtLineStart,
                          List<String> processIds) {

        public List<String> texts() {
            return lines.stream().map(Line::text).toList();
        }

        public Line lineContaining(String text) {
            return lines.stream().filter(l -> l.text().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line containing '" + text + "' in " + texts()));
        }
    }

    public static Decoded decode(byte[] b) {
        List<Line> lines = new ArrayList<>();
        List<Barcode> barcodes = new ArrayList<>();
        List<BufferedImage> rasters = new ArrayList<>();
        List<Integer> codePages = new ArrayList<>();
        List<Integer> status = new ArrayList<>();
        List<String> processIds = new ArrayList<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Charset charset = Charset.forName("IBM437");
        int init = 0;
        int cuts = 0;
        boolean cutAtLineStart = true;
        int align = 0;
        boolean bold = false;
        boolean underline = false;
        boolean dbl = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x0A) {
                lines.add(new Line(new String(text.toByteArray(), charset), align, bold, underline, dbl));
                text.reset();
                i++;
            } else if (c == 0x10 && i + 2 < b.length && b[i + 1] == 0x04) {
                status.add((int) b[i + 2]);
                i += 3;
            } else if (c == 0x1B) {
                int cmd = b[i + 1];
                int n = b[i + 2] & 0xFF;
                switch (cmd) {
                    case '@' -> {
                        init++;
                        charset = Charset.forName("IBM437");
                        align = 0;
                        bold = false;
                        underline = false;
                        dbl = false;
                        i += 2;
                        continue;
                    }
                    case 't' -> {
                        codePages.add(n);
                        charset = switch (n) {
                            case 19 -> Charset.forName("IBM00858");
                            case 2 -> Charset.forName("IBM850");
                            default -> Charset.forName("IBM437");
                        };
                    }
                    case 'a' -> align = n;
                    case 'E' -> bold = n != 0;
                    case '-' -> underline = n != 0;
                    case 'd' -> {
                        for (int k = 0; k < n; k++) {
                            lines.add(new Line("", align, bold, underline, dbl));
                        }
                    }
                    default -> throw new AssertionError("unknown ESC " + (char) cmd + " at " + i);
                }
                i += 3;
            } else if (c == 0x1D) {
                int cmd = b[i + 1];
                switch (cmd) {
                    case '!' -> {
                        dbl = (b[i + 2] & 0x11) == 0x11;
                        i += 3;
                    }
                    case 'h', 'w', 'H', 'f' -> i += 3;
                    case 'V' -> {
                        cuts++;
                        cutAtLineStart &= text.size() == 0;
                        int m = b[i + 2] & 0xFF;
                        i += (m == 65 || m == 66) ? 4 : 3;
                    }
                    case 'k' -> {
                        int m = b[i + 2] & 0xFF;
                        if (m != 73) {
                            throw new AssertionError("only GS k 73 (Code 128) expected, got " + m);
                        }
                        int len = b[i + 3] & 0xFF;
                        String data = new String(b, i + 4, len, StandardCharsets.US_ASCII);
                        if (!data.startsWith("{B")) {
                            throw new AssertionError("Code 128 data must start with a code set selector: " + data);
                        }
                        barcodes.add(new Barcode("CODE128", data.substring(2)));
                        i += 4 + len;
                    }
                    case '(' -> {
                        int len = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
                        int fn = b[i + 6] & 0xFF;
                        if (b[i + 2] == 'H' && (b[i + 5] & 0xFF) == 48) {
                            processIds.add(new String(b, i + 7, 4, StandardCharsets.US_ASCII));
                        } else if (b[i + 2] == 'k' && fn == 80) {
                            barcodes.add(new Barcode("QR", new String(b, i + 8, len - 3, StandardCharsets.UTF_8)));
                        }
                        i += 5 + len;
                    }
                    case 'v' -> {
                        int widthBytes = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                        int height = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                        BufferedImage img = new BufferedImage(widthBytes * 8, height, BufferedImage.TYPE_INT_RGB);
                        int p = i + 8;
                        for (int y = 0; y < height; y++) {
                            for (int x = 0; x < widthBytes * 8; x++) {
                                boolean black = (b[p + y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
                                img.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
                            }
                        }
                        rasters.add(img);
                        i = p + widthBytes * height;
                    }
                    default -> throw new AssertionError("unknown GS " + (char) cmd + " at " + i);
                }
            } else {
                text.write(c);
                i++;
            }
        }
        if (text.size() > 0) {
            lines.add(new Line(new String(text.toByteArray(), charset), align, bold, underline, dbl));
        }
        return new Decoded(lines, barcodes, rasters, init, codePages, cuts, status, cutAtLineStart, processIds);
    }

    private EscPosReader() {
    }
}
