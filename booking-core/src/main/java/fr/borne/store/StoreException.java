package fr.borne.store;

/**
 * The database itself failed (disk full, corrupt file, still locked after every retry).
 * Not a refusal: visitors' mistakes come back as values, never as this.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
