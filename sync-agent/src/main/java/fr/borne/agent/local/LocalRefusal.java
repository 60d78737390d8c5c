package fr.borne.agent.local;

/** A request the local API turns down itself, before asking central anything. */
final class LocalRefusal extends RuntimeException {

    final int status;
    final String code;

    LocalRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }
}
