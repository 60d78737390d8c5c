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

    /** Judges one frame, the terminator already removed. Characters outside printable ASCII are never accepted. */
    public FrameResult validate(CharSequence frame) {
        for (int i = 0; i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return new FrameResult.Rejected(RejectReason.INVALID_CHARACTER, frame.length());
            }
        }
        String text = frame.toString();
        if (format.prefix().isPresent()) {
            String prefix = format.prefix().get();
            if (!text.startsWith(prefix)) {
                return new FrameResult.Rejected(RejectReason.MISSING_PREFIX, frame.length());
            }
            text = text.substring(prefix.length());
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
