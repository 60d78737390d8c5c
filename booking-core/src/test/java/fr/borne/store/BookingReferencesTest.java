package fr.borne.store;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BookingReferencesTest {

    @Test
    void references_are_six_characters_without_look_alikes() {
        BookingReferences references = new BookingReferences(new Random(1));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String reference = references.candidate();
            assertThat(reference).hasSize(6).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
            seen.add(reference);
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }
}
