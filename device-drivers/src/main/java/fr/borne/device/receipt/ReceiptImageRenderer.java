package fr.borne.device.receipt;

import com.google.zxing.common.BitMatrix;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a receipt as the paper would look: one image pixel per printer dot (576 wide for 80 mm), a monospaced font
 * sized to the printer's columns, the same line breaks as the ESC/POS renderer and the same ZXing barcodes.
 * Needs no display (works with {@code java.awt.headless=true}).
 */
public final class ReceiptImageRenderer {

    private static final int MARGIN = 8;

    private final ReceiptLayout layout;
    private final int width;
    private final Font font;
    private final int lineHeight;
    private final int ascent;

    public ReceiptImageRenderer(int columns, int widthDots) {
        this.layout = new ReceiptLayout(columns);
        this.width = widthDots;
        this.font = fontFitting(widthDots / columns);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        FontMetrics m = g.getFontMetrics(font);
        this.lineHeight = m.getHeight();
        this.ascent = m.getAscent();
        g.dispose();
    }

    public BufferedImage render(Receipt receipt) {
        List<Block> blocks = new ArrayList<>();
        int height = MARGIN;
        for (LaidOutLine line : layout.layOut(receipt)) {
            Block b = block(line);
            blocks.add(b);
            height += b.height();
        }
        BufferedImage image = new BufferedImage(width, height + MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            int y = MARGIN;
            for (Block b : blocks) {
                b.draw(g, y);
                y += b.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public byte[] renderPng(Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(receipt), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Block block(LaidOutLine line) {
        if (line instanceof LaidOutLine.TextLine t) {
            return textBlock(t);
        }
        if (line instanceof LaidOutLine.BarcodeBlock b) {
            return barcodeBlock(b);
        }
        if (line instanceof LaidOutLine.TextImage t) {
            // the very picture the thermal printer gets
            BufferedImage shaped = ShapedText.render(t.text(), t.style(), width);
            return new Block(shaped.getHeight(), (g, y) -> g.drawImage(shaped, 0, y, null));
        }
        if (line instanceof LaidOutLine.Blank blank) {
            return new Block(blank.lines() * lineHeight, (g, y) -> { });
        }
        return new Block(lineHeight * 2, (g, y) -> {
            for (int x = 0; x < width; x += 12) {
                g.drawLine(x, y + lineHeight, x + 6, y + lineHeight);
            }
        });
    }

    private Block textBlock(LaidOutLine.TextLine t) {
        TextStyle style = t.style();
        int scale = style.doubleSize() ? 2 : 1;
        Font f = font.deriveFont(style.bold() ? Font.BOLD : Font.PLAIN);
        if (scale == 2) {
            f = f.deriveFont(AffineTransform.getScaleInstance(2, 2));
        }
        Font used = f;
        return new Block(lineHeight * scale, (g, y) -> {
            g.setFont(used);
            int textWidth = g.getFontMetrics().stringWidth(t.text());
            int x = switch (style.alignment()) {
                case LEFT -> 0;
                case CENTER -> (width - textWidth) / 2;
                case RIGHT -> width - textWidth;
            };
            int baseline = y + ascent * scale;
            g.drawString(t.text(), x, baseline);
            if (style.underline()) {
                g.fillRect(x, baseline + 2, textWidth, scale * 2);
            }
        });
    }

    private Block barcodeBlock(LaidOutLine.BarcodeBlock b) {
        BitMatrix m = BarcodeImages.render(b.data(), b.symbology(), width);
        int left = (width - m.getWidth()) / 2;
        boolean readable = b.symbology() == Symbology.CODE128;
        int height = m.getHeight() + (readable ? lineHeight : 0) + lineHeight / 2;
        return new Block(height, (g, y) -> {
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        g.fillRect(left + col, y + row, 1, 1);
                    }
                }
            }
            if (readable) {
                g.setFont(font);
                int textWidth = g.getFontMetrics().stringWidth(b.data());
                g.drawString(b.data(), (width - textWidth) / 2, y + m.getHeight() + ascent);
            }
        });
    }

    /** The largest monospaced font whose characters are at most {@code advance} dots wide. */
    private static Font fontFitting(int advance) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        try {
            Font best = new Font(Font.MONOSPACED, Font.PLAIN, 8);
            for (int size = 8; size <= 48; size++) {
                Font f = new Font(Font.MONOSPACED, Font.PLAIN, size);
                if (g.getFontMetrics(f).charWidth('M') > advance) {
                    break;
                }
                best = f;
            }
            return best;
        } finally {
            g.dispose();
        }
    }

    private record Block(int height, Painter painter) {
        void draw(Graphics2D g, int y) {
            painter.paint(g, y);
        }
    }

    @FunctionalInterface
    private interface Painter {
        void paint(Graphics2D g, int y);
    }
}
