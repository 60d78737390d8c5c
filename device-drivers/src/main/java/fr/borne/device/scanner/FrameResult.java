package fr.borne.device.scanner;

/** The verdict on one frame: a badge code, or a rejection with its reason. */
public sealed interface FrameResult {

    record Accepted(String code) implements FrameResult {
        @Override
        public String toString() {
            return "Accepted[length=" + code.length() + "]";
        }
    }

    record Rejected(RejectReason reason, int length) implements FrameResult {
    }
}
