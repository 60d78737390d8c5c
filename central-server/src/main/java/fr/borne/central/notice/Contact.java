package fr.borne.central.notice;

import java.util.Objects;

/** A visitor's opt-in contact; {@code address} is a phone number in E.164 form or an e-mail address. */
public record Contact(String id, String visitorId, ContactChannel channel, String address, String language,
                      String unsubscribeToken) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(unsubscribeToken, "unsubscribeToken");
    }
}
