package fr.borne.central.fleet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

    private final RelativeTime relative = new RelativeTime(Messages.load());

    @ParameterizedTest(name = "{0} s ago reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "-30    | à l'instant",
            "0      | à l'instant",
            "9      | à l'instant",
            "10     | il y a 10 s",
            "59     | il y a 59 s",
            "60     | il y a 1 min",
            "299    | il y a 4 min",
            "3599   | il y a 59 min",
            "3600   | il y a 1 h 00",
            "7500   | il y a 2 h 05",
            "172799 | il y a 47 h 59",
            "172800 | il y a 2 j",
    })
    void reads_in_the_coarsest_useful_unit(long seconds, String expected) {
        assertThat(relative.ago(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
