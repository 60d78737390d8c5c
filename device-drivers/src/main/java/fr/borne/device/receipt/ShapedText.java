package fr.borne.device.receipt;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Text a thermal printer's code page cannot hold (Arabic above all, and any non-Latin
 * script), drawn by Java2D as the paper will show it: {@link TextLayout} shapes the letters
 * (joined forms) and orders them right to left, a line breaker wraps them to the paper's
 * width in dots. The printer then gets the picture ({@code GS v 0}); the simulated printer
 * draws the same picture. Arabic runs take Noto Sans Arabic: the copy the application ships
 * on its class path ({@code /fonts/NotoSansArabic-*.ttf}) or else the system's
 * (Debian {@code fonts-noto-core}); other runs take a sans-serif font.
 */
public final class ShapedText {

    /** Printer dots per line of normal text: font A is 12 × 24 dots on Epson-compatible printers. */
    public static final int LINE_DOTS = 24;
    /** Dots kept free at each side: a glyph's ink may reach past its advance. */
    private static final int SIDE = 8;

    private static final Font ARABIC_REGULAR = arabicFont(false);
    private static final Font ARABIC_BOLD = arabicFont(true);

    private ShapedText() {
    }

    /** True when the text cannot go to the printer as code-page characters: another script, or right-to-left. */
    public static boolean needsImage(String text) {
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return true;
        }
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                    && script != Character.UnicodeScript.LATIN;
        });
    }

    /**
     * The text as a black-on-white picture {@code widthDots} wide, wrapped at word boundaries;
     * a right-to-left paragraph starts at the right edge unless centred.
     */
    public static BufferedImage render(String text, TextStyle style, int widthDots) {
        int scale = style.doubleSize() ? 2 : 1;
        float size = (LINE_DOTS - 4) * scale;
        boolean rtl = !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        FontRenderContext frc = new FontRenderContext(null, false, true);
        List<TextLayout> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            AttributedString attributed = attributed(paragraph, style.bold(), size, rtl);
            LineBreakMeasurer breaker = new LineBreakMeasurer(attributed.getIterator(), frc);
            while (breaker.getPosition() < paragraph.length()) {
                lines.add(breaker.nextLayout(widthDots - 2 * SIDE));
            }
        }
        int lineHeight = LINE_DOTS * scale + 4 * scale;
        BufferedImage image = new BufferedImage(widthDots, Math.max(1, lines.size()) * lineHeight,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            // thermal dots are on or off: no grey edges to threshold away
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            int top = 0;
            for (TextLayout line : lines) {
                float advance = line.getVisibleAdvance();
                float x = switch (style.alignment()) {
                    case CENTER -> (widthDots - advance) / 2;
                    case RIGHT -> widthDots - SIDE - advance;
                    case LEFT -> rtl ? widthDots - SIDE - advance : SIDE;
                };
                float baseline = top + (lineHeight + line.getAscent() - line.getDescent()) / 2;
                line.draw(g, Math.max(0, x), baseline);
                if (style.underline()) {
                    g.fillRect((int) Math.max(0, x), (int) baseline + 2, (int) advance, 2 * scale);
                }
                top += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as dots: dark pixels print. */
    public static boolean[][] dots(BufferedImage image) {
        int width = image.getWidth();
        int[] row = new int[width];
        boolean[][] dots = new boolean[image.getHeight()][width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRaster().getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                dots[y][x] = row[x] < 128;
            }
        }
        return dots;
    }

    private static AttributedString attributed(String text, boolean bold, float size, boolean rtl) {
        AttributedString attributed = new AttributedString(text);
        Font latin = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        Font arabic = Optional.ofNullable(bold ? ARABIC_BOLD : ARABIC_REGULAR).map(f -> f.deriveFont(size)).orElse(latin);
        int start = 0;
        while (start < text.length()) {
            boolean isArabic = arabicRun(text, start);
            int end = start;
            while (end < text.length() && arabicRun(text, end) == isArabic) {
                end += Character.charCount(text.codePointAt(end));
            }
            attributed.addAttribute(TextAttribute.FONT, isArabic ? arabic : latin, start, end);
            start = end;
        }
        if (!text.isEmpty()) {
            attributed.addAttribute(TextAttribute.RUN_DIRECTION,
                    rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        }
        return attributed;
    }

    /** Arabic letters, and the spaces and marks between two of them, take the Arabic font. */
    private static boolean arabicRun(String text, int index) {
        int c = text.codePointAt(index);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.ARABIC) {
            return true;
        }
        if (script != Character.UnicodeScript.INHERITED && c != ' ') {
            return false;
        }
        int before = index - 1;
        int after = index + Character.charCount(c);
        return before >= 0 && after < text.length()
                && Character.UnicodeScript.of(text.codePointBefore(index)) == Character.UnicodeScript.ARABIC
                && Character.UnicodeScript.of(text.codePointAt(after)) == Character.UnicodeScript.ARABIC;
    }

    /** Noto Sans Arabic: the application's own copy, else the system's; null when neither is there. */
    private static Font arabicFont(boolean bold) {
        String file = "/fonts/NotoSansArabic-" + (bold ? "Bold" : "Regular") + ".ttf";
        try (InputStream in = ShapedText.class.getResourceAsStream(file)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // fall back on the system's fonts
        }
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        if (Arrays.asList(families).contains("Noto Sans Arabic")) {
            return new Font("Noto Sans Arabic", bold ? Font.BOLD : Font.PLAIN, 1);
        }
        return Arrays.stream(families).map(f -> new Font(f, bold ? Font.BOLD : Font.PLAIN, 1))
                .filter(f -> f.canDisplayUpTo("عربي") == -1).findFirst().orElse(null);
    }
}
