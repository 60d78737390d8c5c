package fr.borne.device.receipt;

import java.util.Objects;

/** One block of a receipt, printed top to bottom. */
public sealed interface ReceiptElement {

    /** Text, wrapped at word boundaries to the paper width. */
    record Text(String text, TextStyle style) implements ReceiptElement {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A label on the left and a value on the right of the same line, e.g. {@code Date      12/03/2027}. */
    record LabelValue(String label, String value, boolean bold) implements ReceiptElement {
        public LabelValue {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A full-width line of one repeated character. */
    record Separator(char symbol) implements ReceiptElement {
    }

    /** A centred barcode; Code 128 also prints its text underneath. */
    record Barcode(String data, Symbology symbology) implements ReceiptElement {
        public Barcode {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(symbology, "symbology");
            if (data.isEmpty()) {
                throw new IllegalArgumentException("barcode data is empty");
            }
            if (symbology == Symbology.CODE128 && !data.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw new IllegalArgumentException("Code 128 set B takes printable ASCII only");
            }
            if (data.length() > (symbology == Symbology.CODE128 ? 40 : 500)) {
                throw new IllegalArgumentException("barcode data too long for a receipt: " + data.length());
            }
        }
    }

    /** Blank lines. */
    record Feed(int lines) implements ReceiptElement {
        public Feed {
            if (lines < 1 || lines > 20) {
                throw new IllegalArgumentException("feed 1..20 lines");
            }
        }
    }

    /** Feed past the cutter and cut the paper. */
    record Cut() implements ReceiptElement {
    }
}
