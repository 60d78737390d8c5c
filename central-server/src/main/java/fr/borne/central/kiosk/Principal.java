package fr.borne.central.kiosk;

/** Who is calling, as proven by the TLS client certificate. */
public sealed interface Principal {

    /** The key space of this caller's idempotency keys. */
    String name();

    record Kiosk(String id, String establishmentId) implements Principal {
        public String name() {
            return "kiosk:" + id;
        }
    }

    /** The establishment's own tools: the web portal, the phone line, technicians' scripts. */
    record Admin(String id) implements Principal {
        public String name() {
            return "admin:" + id;
        }
    }
}
