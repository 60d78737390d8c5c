package fr.borne.kiosk.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Right-to-left text wrapped by the kiosk itself. JavaFX 21 wraps Arabic at the right word
 * but draws each wrapped line at the offset it had on the unwrapped line, so a long Arabic
 * sentence runs off its tile or off the screen (French, English and Spanish are fine). Lines
 * broken beforehand are drawn right: the words are measured in the label's font and the line
 * breaks put into the text whenever the label's width or words change. Labels whose text is
 * bound are left alone.
 */
final class RtlLineBreaks {

    private static final String INSTALLED = "kiosk.rtl-line-breaks";
    private static final String WORDS = "kiosk.rtl-words";

    private RtlLineBreaks() {
    }

    /** Breaks the lines of every wrapping label under {@code root} (right to left), now and as widths change. */
    static void apply(Node root) {
        // every label: whether it wraps may come later, from the style sheet
        if (root instanceof Labeled labeled && !labeled.textProperty().isBound()) {
            install(labeled);
        }
        if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            // before its skin exists a scroll pane has no children: its content is reached directly
            apply(scroll.getContent());
        } else if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                apply(child);
            }
        }
    }

    private static void install(Labeled labeled) {
        if (labeled.getProperties().containsKey(INSTALLED)) {
            return;
        }
        labeled.getProperties().put(INSTALLED, Boolean.TRUE);
        if (labeled.getMaxWidth() == Region.USE_COMPUTED_SIZE) {
            // its width from its container, never from its own (broken) lines: else it narrows at each pass
            labeled.setMaxWidth(Double.MAX_VALUE);
        }
        labeled.getProperties().put(WORDS, labeled.getText());
        boolean[] ours = {false};
        ChangeListener<Object> rebreak = (o, before, now) -> {
            if (!ours[0]) {
                breakLines(labeled, ours);
            }
        };
        labeled.textProperty().addListener((o, before, now) -> {
            if (!ours[0]) {
                labeled.getProperties().put(WORDS, now);
                breakLines(labeled, ours);
            }
        });
        labeled.widthProperty().addListener(rebreak);
        labeled.fontProperty().addListener(rebreak);
        labeled.wrapTextProperty().addListener(rebreak);
        breakLines(labeled, ours);
    }

    private static void breakLines(Labeled labeled, boolean[] ours) {
        String words = (String) labeled.getProperties().get(WORDS);
        double width = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        boolean rtl = labeled.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        String broken = words == null || width <= 0 || !rtl || !labeled.isWrapText() ? words
                : lines(words, labeled, width);
        if (broken != null && !broken.equals(labeled.getText())) {
            ours[0] = true;
            try {
                labeled.setText(broken);
            } finally {
                ours[0] = false;
            }
        }
    }

    /** The words on as few lines as fit in {@code width}, each paragraph of the source kept. */
    static String lines(String words, Labeled labeled, double width) {
        Text measure = new Text();
        measure.setFont(labeled.getFont());
        StringBuilder out = new StringBuilder();
        for (String paragraph : words.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                measure.setText(candidate);
                // the half pixel: the label must not find the line too long and wrap it again
                if (line.length() > 0 && measure.getLayoutBounds().getWidth() > width - 0.5) {
                    out.append(line).append('\n');
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.append(line);
        }
        return out.toString();
    }
}
