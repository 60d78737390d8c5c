package fr.borne.device.scanner;

/**
 * How a scanner ends each code. CR, LF and CRLF are treated alike (any of CR or LF ends a frame) because
 * scanner makers differ; TAB adds TAB as a terminator; NONE means "data as is", ended by an idle gap.
 */
public enum Suffix {
    CR,
    LF,
    CRLF,
    TAB,
    NONE;

    boolean isTerminator(int b) {
        return switch (this) {
            case CR, LF, CRLF -> b == '\r' || b == '\n';
            case TAB -> b == '\t' || b == '\r' || b == '\n';
            case NONE -> false;
        };
    }
}
