package fr.borne.device.receipt;

import java.util.Objects;

/**
 * How a line of text looks.
 *
 * @param doubleSize double width and double height (half as many characters per line)
 */
public record TextStyle(Alignment alignment, boolean bold, boolean underline, boolean doubleSize) {

    public static final TextStyle NORMAL = new TextStyle(Alignment.LEFT, false, false, false);
    public static final TextStyle TITLE = new TextStyle(Alignment.CENTER, true, false, true);

    public TextStyle {
        Objects.requireNonNull(alignment, "alignment");
    }

    public TextStyle aligned(Alignment newAlignment) {
        return new TextStyle(newAlignment, bold, underline, doubleSize);
    }

    public TextStyle withBold() {
        return new TextStyle(alignment, true, underline, doubleSize);
    }

    public TextStyle withUnderline() {
        return new TextStyle(alignment, bold, true, doubleSize);
    }

    public TextStyle withDoubleSize() {
        return new TextStyle(alignment, bold, underline, true);
    }
}
