package fr.borne.device.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * A receipt's layout, independent of any printer: rendered to ESC/POS bytes for paper and to an image for the
 * simulated printer and the screen. It knows nothing of what the receipt is about.
 */
public record Receipt(List<ReceiptElement> elements) {

    public Receipt {
        elements = List.copyOf(elements);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text a person would read on the paper, one element per line (barcodes as their data). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (ReceiptElement e : elements) {
            if (e instanceof ReceiptElement.Text t) {
                sb.append(t.text()).append('\n');
            } else if (e instanceof ReceiptElement.LabelValue lv) {
                sb.append(lv.label()).append(" : ").append(lv.value()).append('\n');
            } else if (e instanceof ReceiptElement.Separator s) {
                sb.append(String.valueOf(s.symbol()).repeat(32)).append('\n');
            } else if (e instanceof ReceiptElement.Barcode b) {
                sb.append('[').append(b.symbology()).append(' ').append(b.data()).append("]\n");
            } else if (e instanceof ReceiptElement.Feed f) {
                sb.append("\n".repeat(f.lines()));
            } else {
                sb.append("--- cut ---\n");
            }
        }
        return sb.toString();
    }

    public static final class Builder {
        private final List<ReceiptElement> elements = new ArrayList<>();

        private Builder() {
        }

        /** Centred, bold, double size. */
        public Builder title(String text) {
            return add(new ReceiptElement.Text(text, TextStyle.TITLE));
        }

        public Builder line(String text) {
            return add(new ReceiptElement.Text(text, TextStyle.NORMAL));
        }

        public Builder line(String text, TextStyle style) {
            return add(new ReceiptElement.Text(text, style));
        }

        public Builder bold(String text) {
            return add(new ReceiptElement.Text(text, TextStyle.NORMAL.withBold()));
        }

        public Builder centered(String text) {
            return add(new ReceiptElement.Text(text, TextStyle.NORMAL.aligned(Alignment.CENTER)));
        }

        public Builder labelValue(String label, String value) {
            return add(new ReceiptElement.LabelValue(label, value, false));
        }

        public Builder separator() {
            return add(new ReceiptElement.Separator('-'));
        }

        public Builder separator(char symbol) {
            return add(new ReceiptElement.Separator(symbol));
        }

        public Builder code128(String data) {
            return add(new ReceiptElement.Barcode(data, Symbology.CODE128));
        }

        public Builder qr(String data) {
            return add(new ReceiptElement.Barcode(data, Symbology.QR));
        }

        public Builder feed(int lines) {
            return add(new ReceiptElement.Feed(lines));
        }

        public Builder cut() {
            return add(new ReceiptElement.Cut());
        }

        public Builder add(ReceiptElement element) {
            elements.add(element);
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }
}
