package fr.borne.central.notice;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a phone number or an e-mail address as typed on the kiosk's keypad; anything else is refused. */
public final class ContactAddresses {

    public static final Set<String> LANGUAGES = Set.of("fr", "en", "es", "ar");

    private static final Pattern FRENCH_MOBILE = Pattern.compile("0[67]\\d{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private ContactAddresses() {
    }

    /** The address in the form central keeps (E.164 for a phone), or empty if it is not one. */
    public static Optional<String> normalise(ContactChannel channel, String typed) {
        if (typed == null || typed.length() > 254) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (channel == ContactChannel.SMS) {
            String digits = text.replaceAll("[ .\\-]", "");
            if (FRENCH_MOBILE.matcher(digits).matches()) {
                return Optional.of("+33" + digits.substring(1));
            }
            if (digits.startsWith("00")) {
                digits = "+" + digits.substring(2);
            }
            return INTERNATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
        }
        if (!MAIL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            new InternetAddress(text, true).validate();
            return Optional.of(text);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
