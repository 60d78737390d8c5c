package fr.borne.device.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Receipt} out for a paper width in characters, so the paper and the image wrap lines at the same
 * places. Double-size text takes two columns per character.
 */
public final class ReceiptLayout {

    private final int columns;

    public ReceiptLayout(int columns) {
        if (columns < 8) {
            throw new IllegalArgumentException("too few columns: " + columns);
        }
        this.columns = columns;
    }

    public int columns() {
        return columns;
    }

    public List<LaidOutLine> layOut(Receipt receipt) {
        List<LaidOutLine> out = new ArrayList<>();
        for (ReceiptElement e : receipt.elements()) {
            if (e instanceof ReceiptElement.Text t && ShapedText.needsImage(t.text())) {
                out.add(new LaidOutLine.TextImage(t.text(), t.style()));
            } else if (e instanceof ReceiptElement.LabelValue lv && ShapedText.needsImage(lv.label() + lv.value())) {
                out.add(new LaidOutLine.TextImage(lv.label() + " : " + lv.value(),
                        lv.bold() ? TextStyle.NORMAL.withBold() : TextStyle.NORMAL));
            } else if (e instanceof ReceiptElement.Text t) {
                int width = t.style().doubleSize() ? columns / 2 : columns;
                for (String line : wrap(t.text(), width)) {
                    out.add(new LaidOutLine.TextLine(line, t.style()));
                }
            } else if (e instanceof ReceiptElement.LabelValue lv) {
                TextStyle style = lv.bold() ? TextStyle.NORMAL.withBold() : TextStyle.NORMAL;
                for (String line : labelValue(lv.label(), lv.value())) {
                    out.add(new LaidOutLine.TextLine(line, style));
                }
            } else if (e instanceof ReceiptElement.Separator s) {
                out.add(new LaidOutLine.TextLine(String.valueOf(s.symbol()).repeat(columns), TextStyle.NORMAL));
            } else if (e instanceof ReceiptElement.Barcode b) {
                out.add(new LaidOutLine.BarcodeBlock(b.data(), b.symbology()));
            } else if (e instanceof ReceiptElement.Feed f) {
                out.add(new LaidOutLine.Blank(f.lines()));
            } else {
                out.add(new LaidOutLine.CutMark());
            }
        }
        return out;
    }

    /** The receipt as plain text lines, laid out as on paper (for the simulated printer's text file and for logs). */
    public String toText(Receipt receipt) {
        StringBuilder sb = new StringBuilder();
        for (LaidOutLine line : layOut(receipt)) {
            if (line instanceof LaidOutLine.TextLine t) {
                int width = t.style().doubleSize() ? columns / 2 : columns;
                sb.append(align(t.text(), width, t.style().alignment()).stripTrailing()).append('\n');
            } else if (line instanceof LaidOutLine.TextImage t) {
                sb.append(t.text()).append('\n');
            } else if (line instanceof LaidOutLine.BarcodeBlock b) {
                sb.append(align("[" + b.symbology() + ": " + b.data() + "]", columns, Alignment.CENTER).stripTrailing()).append('\n');
            } else if (line instanceof LaidOutLine.Blank b) {
                sb.append("\n".repeat(b.lines()));
            } else {
                sb.append("-".repeat(columns / 4)).append(" >8 ").append("-".repeat(columns / 4)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Pads text to a width for an alignment. */
    static String align(String text, int width, Alignment alignment) {
        int room = Math.max(0, width - text.length());
        return switch (alignment) {
            case LEFT -> text;
            case CENTER -> " ".repeat(room / 2) + text;
            case RIGHT -> " ".repeat(room) + text;
        };
    }

    /** Breaks text into lines of at most {@code width} characters, at spaces where possible. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph.strip();
            if (rest.isEmpty()) {
                lines.add("");
                continue;
            }
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= 0) {
                    lines.add(rest.substring(0, width));
                    rest = rest.substring(width).stripLeading();
                } else {
                    lines.add(rest.substring(0, cut).stripTrailing());
                    rest = rest.substring(cut + 1).stripLeading();
                }
            }
            lines.add(rest);
        }
        return lines;
    }

    private List<String> labelValue(String label, String value) {
        if (label.length() + 1 + value.length() <= columns) {
            return List.of(label + " ".repeat(columns - label.length() - value.length()) + value);
        }
        List<String> lines = new ArrayList<>(wrap(label, columns));
        for (String v : wrap(value, columns)) {
            lines.add(align(v, columns, Alignment.RIGHT));
        }
        return lines;
    }
}
