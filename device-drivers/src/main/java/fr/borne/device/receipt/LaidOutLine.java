package fr.borne.device.receipt;

/** A receipt after layout for a given paper width: what each renderer draws, in order. */
public sealed interface LaidOutLine {

    /** One printed line, already wrapped to fit; alignment is left to the renderer. */
    record TextLine(String text, TextStyle style) implements LaidOutLine {
    }

    /**
     * A paragraph the printer's code page cannot hold (Arabic, another script), printed as a
     * picture of the shaped text ({@link ShapedText}), wrapped to the paper's width in dots.
     */
    record TextImage(String text, TextStyle style) implements LaidOutLine {
    }

    record BarcodeBlock(String data, Symbology symbology) implements LaidOutLine {
    }

    record Blank(int lines) implements LaidOutLine {
    }

    record CutMark() implements LaidOutLine {
    }
}
