package fr.borne.central.notice;

import fr.borne.booking.BookingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The notices' words: every key in each language, none unused; short SMS without a detainee's name. */
class NoticeTextsTest {

    private static final NoticeTexts.Facts FACTS =
            new NoticeTexts.Facts(LocalDate.of(2026, 12, 3), LocalTime.of(8, 45), "Maison d'arrêt de Rouen", "R4K2P9");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticeTexts.class.getResourceAsStream("/fr/borne/central/notice/notices" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_en", "_es", "_ar"})
    void T4_every_key_exists_in_each_language(String suffix) throws IOException {
        assertThat(bundle(suffix).stringPropertyNames()).isEqualTo(bundle("").stringPropertyNames());
    }

    @Test
    void T4_no_key_is_unused() throws IOException {
        Set<String> used = new java.util.HashSet<>(Set.of("sms.stop", "mail.unsubscribe", "page.ask", "page.button",
                "page.done"));
        for (String key : java.util.List.of("CONFIRMATION", "REMINDER", "CANCELLED_BY_CLOSURE", "CANCELLED_BY_TRANSFER",
                "CANCELLED_BY_RELEASE")) {
            used.add("notice." + key);
            used.add("subject." + key);
        }
        assertThat(bundle("").stringPropertyNames()).isEqualTo(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "es", "ar"})
    void T4_every_SMS_is_short_and_names_the_day_the_time_and_the_reference(String language) {
        NoticeTexts texts = new NoticeTexts();
        for (NoticeKind kind : NoticeKind.values()) {
            for (BookingStatus status : kind == NoticeKind.CANCELLATION
                    ? new BookingStatus[] {BookingStatus.CANCELLED_BY_CLOSURE, BookingStatus.CANCELLED_BY_TRANSFER,
                            BookingStatus.CANCELLED_BY_RELEASE}
                    : new BookingStatus[] {BookingStatus.CONFIRMED}) {
                NoticeTexts.Text sms = texts.render(language, kind, status, ContactChannel.SMS, FACTS, "https://x/u/t");
                assertThat(sms.body()).hasSizeLessThanOrEqualTo(200).contains("3", "R4K2P9").doesNotContain("{");
                NoticeTexts.Text mail = texts.render(language, kind, status, ContactChannel.EMAIL, FACTS, "https://x/u/t");
                assertThat(mail.body()).contains("https://x/u/t");
            }
        }
    }
}
