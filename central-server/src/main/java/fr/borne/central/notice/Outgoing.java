package fr.borne.central.notice;

import java.util.Optional;

/** One message as a channel sends it; {@code noticeId} is stable across retries (the e-mail's Message-ID). */
public record Outgoing(String noticeId, String address, String subject, String body, Optional<String> unsubscribeUrl) {
}
