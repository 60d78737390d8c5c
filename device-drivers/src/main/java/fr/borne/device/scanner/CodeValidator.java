package fr.borne.device.scanner;

import java.util.regex.Pattern;

/** Checks a complete frame against a {@link CodeFormat}; shared by the serial framing and the keyboard wedge. */
public final class CodeValidator {

    private final CodeFormat format;
    private final Pattern allowed;

    public CodeValidator(CodeFormat format) {
        this.format = format;
        this.allowed = Pattern.compile("[" + format.allowedCharacters() + "]+");
    }

    public CodeFormat format() {
        return format;
    }

    /**
     * Judges one frame, the terminator already removed. The prefix is checked and removed first, so it may hold
     * control characters (STX); the code itself must be printable ASCII of the allowed characters.
     */
    public FrameResult validate(CharSequence frame) {
        String text = frame.toString();
        if (format.prefix().isPresent()) {
            String prefix = format.prefix().get();
            if (!text.startsWith(prefix)) {
                return new FrameResult.Rejected(RejectReason.MISSING_PREFIX, frame.length());
            }
            text = text.substring(prefix.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, text.length());
            }
        }
        if (text.length() < format.minLength()) {
            return new FrameResult.Rejected(RejectReason.TOO_SHORT, text.length());
        }
        if (text.length() > format.maxLength()) {
            return new FrameResult.Rejected(RejectReason.TOO_LONG, text.length());
        }
        if (!allowed.matcher(text).matches()) {
            return new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, text.length());
        }
        return new FrameResult.Accepted(text);
    }
}
