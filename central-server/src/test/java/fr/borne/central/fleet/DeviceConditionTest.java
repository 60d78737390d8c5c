package fr.borne.central.fleet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceConditionTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "ONLINE, GOOD", "CONNECTED, GOOD", "OK, GOOD",
            "PAPER_NEAR_END, WARNING", "MEDIA_LOW, WARNING",
            "PAPER_OUT, FAULT", "COVER_OPEN, FAULT", "OFFLINE, FAULT", "DISCONNECTED, FAULT", "MEDIA_JAMMED, FAULT",
            "paper_out, FAULT",
    })
    void the_drivers_words_get_their_tone(String word, Tone tone) {
        DeviceCondition condition = DeviceCondition.of(Optional.of(word));
        assertThat(condition.tone()).isEqualTo(tone);
        assertThat(condition.word()).contains(word);
        assertThat(condition.labelKey()).isPresent();
    }

    @Test
    void an_unknown_word_is_kept_as_sent_without_a_label() {
        DeviceCondition condition = DeviceCondition.of(Optional.of("FIRMWARE_UPDATE"));
        assertThat(condition.tone()).isEqualTo(Tone.UNKNOWN);
        assertThat(condition.word()).contains("FIRMWARE_UPDATE");
        assertThat(condition.labelKey()).isEmpty();
    }

    @Test
    void nothing_or_a_blank_word_reads_as_not_reported() {
        for (Optional<String> nothing : java.util.List.of(Optional.<String>empty(), Optional.of("  "))) {
            DeviceCondition condition = DeviceCondition.of(nothing);
            assertThat(condition.tone()).isEqualTo(Tone.UNKNOWN);
            assertThat(condition.word()).isEmpty();
            assertThat(condition.labelKey()).contains(DeviceCondition.NOT_REPORTED);
        }
    }
}
