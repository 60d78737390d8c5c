package fr.borne.settings;

import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.VisitType;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * The values one layer (an establishment, a round or a detainee) changes in
 * {@link BookingSettings}; an empty field keeps the value of the layer below.
 * {@code weeklyQuota} holds only the categories this layer changes.
 *
 * <p>Stored as text key/value pairs ({@link #toMap()}, {@link #fromMap(Map)}) so a
 * settings table needs no column per setting. Keys, with durations in ISO-8601
 * ({@code PT48H}, {@code PT30M}):
 * {@value #OPENS_DAYS_BEFORE}, {@value #CLOSES_BEFORE}, {@value #VISITORS_CHANGE_BEFORE},
 * {@value #CANCEL_BEFORE}, {@value #CONVOCATION_LEAD}, {@value #MAX_COMPANIONS},
 * {@code weeklyQuota.UNTRIED}, {@code weeklyQuota.SENTENCED}, {@value #DISCIPLINARY_DAYS},
 * {@value #SEAT_HOLD}, {@value #KIOSK_VISIT_TYPES} (comma-separated {@link VisitType} names,
 * say {@code ORDINARY,PROLONGED} for an establishment that books prolonged visits at its
 * kiosks, B9).
 */
public record SettingsOverride(
        Optional<Integer> opensDaysBefore,
        Optional<Duration> closesBefore,
        Optional<Duration> visitorsChangeBefore,
        Optional<Duration> cancelBefore,
        Optional<Duration> convocationLead,
        Optional<Integer> maxCompanions,
        Map<PenalCategory, Integer> weeklyQuota,
        Optional<Integer> disciplinaryDays,
        Optional<Duration> seatHold,
        Optional<Set<VisitType>> kioskVisitTypes) {

    public static final String OPENS_DAYS_BEFORE = "opensDaysBefore";
    public static final String CLOSES_BEFORE = "closesBefore";
    public static final String VISITORS_CHANGE_BEFORE = "visitorsChangeBefore";
    public static final String CANCEL_BEFORE = "cancelBefore";
    public static final String CONVOCATION_LEAD = "convocationLead";
    public static final String MAX_COMPANIONS = "maxCompanions";
    public static final String WEEKLY_QUOTA_PREFIX = "weeklyQuota.";
    public static final String DISCIPLINARY_DAYS = "disciplinaryDays";
    public static final String SEAT_HOLD = "seatHold";
    public static final String KIOSK_VISIT_TYPES = "kioskVisitTypes";

    /** A layer that changes nothing. */
    public static final SettingsOverride NONE = builder().build();

    public SettingsOverride {
        Objects.requireNonNull(opensDaysBefore, OPENS_DAYS_BEFORE);
        Objects.requireNonNull(closesBefore, CLOSES_BEFORE);
        Objects.requireNonNull(visitorsChangeBefore, VISITORS_CHANGE_BEFORE);
        Objects.requireNonNull(cancelBefore, CANCEL_BEFORE);
        Objects.requireNonNull(convocationLead, CONVOCATION_LEAD);
        Objects.requireNonNull(maxCompanions, MAX_COMPANIONS);
        Objects.requireNonNull(disciplinaryDays, DISCIPLINARY_DAYS);
        Objects.requireNonNull(seatHold, SEAT_HOLD);
        Objects.requireNonNull(kioskVisitTypes, KIOSK_VISIT_TYPES);
        kioskVisitTypes = kioskVisitTypes.map(Set::copyOf);
        weeklyQuota = Map.copyOf(weeklyQuota);
        // A negative window or quota is a typing mistake in a settings table, not a policy.
        requireNotNegative(OPENS_DAYS_BEFORE, opensDaysBefore);
        requireNotNegative(MAX_COMPANIONS, maxCompanions);
        requireNotNegative(DISCIPLINARY_DAYS, disciplinaryDays);
        weeklyQuota.forEach((category, quota) -> requireNotNegative(WEEKLY_QUOTA_PREFIX + category, Optional.of(quota)));
        requireNotNegativeDuration(CLOSES_BEFORE, closesBefore);
        requireNotNegativeDuration(VISITORS_CHANGE_BEFORE, visitorsChangeBefore);
        requireNotNegativeDuration(CANCEL_BEFORE, cancelBefore);
        requireNotNegativeDuration(CONVOCATION_LEAD, convocationLead);
        requireNotNegativeDuration(SEAT_HOLD, seatHold);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings below with this layer's values put over them. */
    public BookingSettings applyTo(BookingSettings below) {
        Map<PenalCategory, Integer> quotas = new EnumMap<>(PenalCategory.class);
        quotas.putAll(below.weeklyQuota());
        quotas.putAll(weeklyQuota);
        return new BookingSettings(
                opensDaysBefore.orElse(below.opensDaysBefore()),
                closesBefore.orElse(below.closesBefore()),
                visitorsChangeBefore.orElse(below.visitorsChangeBefore()),
                cancelBefore.orElse(below.cancelBefore()),
                convocationLead.orElse(below.convocationLead()),
                maxCompanions.orElse(below.maxCompanions()),
                quotas,
                disciplinaryDays.orElse(below.disciplinaryDays()),
                seatHold.orElse(below.seatHold()),
                kioskVisitTypes.orElse(below.kioskVisitTypes()));
    }

    /** The values this layer sets, as text, under the keys listed in the class comment. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        opensDaysBefore.ifPresent(v -> map.put(OPENS_DAYS_BEFORE, v.toString()));
        closesBefore.ifPresent(v -> map.put(CLOSES_BEFORE, v.toString()));
        visitorsChangeBefore.ifPresent(v -> map.put(VISITORS_CHANGE_BEFORE, v.toString()));
        cancelBefore.ifPresent(v -> map.put(CANCEL_BEFORE, v.toString()));
        convocationLead.ifPresent(v -> map.put(CONVOCATION_LEAD, v.toString()));
        maxCompanions.ifPresent(v -> map.put(MAX_COMPANIONS, v.toString()));
        for (PenalCategory category : PenalCategory.values()) {
            Optional.ofNullable(weeklyQuota.get(category))
                    .ifPresent(v -> map.put(WEEKLY_QUOTA_PREFIX + category.name(), v.toString()));
        }
        disciplinaryDays.ifPresent(v -> map.put(DISCIPLINARY_DAYS, v.toString()));
        seatHold.ifPresent(v -> map.put(SEAT_HOLD, v.toString()));
        kioskVisitTypes.ifPresent(v -> map.put(KIOSK_VISIT_TYPES, v.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","))));
        return map;
    }

    /**
     * Reads what {@link #toMap()} wrote.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or a value that
     *         does not parse: a settings table is written by people, and a silently ignored
     *         typo would change a prison's visiting rules unnoticed
     */
    public static SettingsOverride fromMap(Map<String, String> map) {
        Builder builder = builder();
        map.forEach((key, value) -> {
            switch (key) {
                case OPENS_DAYS_BEFORE -> builder.opensDaysBefore(parse(key, value, Integer::valueOf));
                case CLOSES_BEFORE -> builder.closesBefore(parse(key, value, Duration::parse));
                case VISITORS_CHANGE_BEFORE -> builder.visitorsChangeBefore(parse(key, value, Duration::parse));
                case CANCEL_BEFORE -> builder.cancelBefore(parse(key, value, Duration::parse));
                case CONVOCATION_LEAD -> builder.convocationLead(parse(key, value, Duration::parse));
                case MAX_COMPANIONS -> builder.maxCompanions(parse(key, value, Integer::valueOf));
                case DISCIPLINARY_DAYS -> builder.disciplinaryDays(parse(key, value, Integer::valueOf));
                case SEAT_HOLD -> builder.seatHold(parse(key, value, Duration::parse));
                case KIOSK_VISIT_TYPES -> builder.kioskVisitTypes(parse(key, value, SettingsOverride::visitTypes));
                default -> {
                    if (!key.startsWith(WEEKLY_QUOTA_PREFIX)) {
                        throw new IllegalArgumentException("unknown booking setting '" + key + "'");
                    }
                    PenalCategory category = parse(key, key.substring(WEEKLY_QUOTA_PREFIX.length()), PenalCategory::valueOf);
                    builder.weeklyQuota(category, parse(key, value, Integer::valueOf));
                }
            }
        });
        return builder.build();
    }

    private static Set<VisitType> visitTypes(String text) {
        Set<VisitType> types = EnumSet.noneOf(VisitType.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(VisitType::valueOf).forEach(types::add);
        return types;
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("booking setting '" + key + "' has an unreadable value '" + value + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("booking setting '" + key + "' is not known", e);
        }
    }

    private static void requireNotNegative(String key, Optional<Integer> value) {
        if (value.filter(v -> v < 0).isPresent()) {
            throw new IllegalArgumentException("booking setting '" + key + "' must not be negative");
        }
    }

    private static void requireNotNegativeDuration(String key, Optional<Duration> value) {
        if (value.filter(Duration::isNegative).isPresent()) {
            throw new IllegalArgumentException("booking setting '" + key + "' must not be negative");
        }
    }

    /** Sets only what a layer changes; everything else stays empty. */
    public static final class Builder {
        private Optional<Integer> opensDaysBefore = Optional.empty();
        private Optional<Duration> closesBefore = Optional.empty();
        private Optional<Duration> visitorsChangeBefore = Optional.empty();
        private Optional<Duration> cancelBefore = Optional.empty();
        private Optional<Duration> convocationLead = Optional.empty();
        private Optional<Integer> maxCompanions = Optional.empty();
        private final Map<PenalCategory, Integer> weeklyQuota = new EnumMap<>(PenalCategory.class);
        private Optional<Integer> disciplinaryDays = Optional.empty();
        private Optional<Duration> seatHold = Optional.empty();
        private Optional<Set<VisitType>> kioskVisitTypes = Optional.empty();

        private Builder() {
        }

        public Builder opensDaysBefore(int days) {
            opensDaysBefore = Optional.of(days);
            return this;
        }

        public Builder closesBefore(Duration duration) {
            closesBefore = Optional.of(duration);
            return this;
        }

        public Builder visitorsChangeBefore(Duration duration) {
            visitorsChangeBefore = Optional.of(duration);
            return this;
        }

        public Builder cancelBefore(Duration duration) {
            cancelBefore = Optional.of(duration);
            return this;
        }

        public Builder convocationLead(Duration duration) {
            convocationLead = Optional.of(duration);
            return this;
        }

        public Builder maxCompanions(int companions) {
            maxCompanions = Optional.of(companions);
            return this;
        }

        public Builder weeklyQuota(PenalCategory category, int visits) {
            weeklyQuota.put(category, visits);
            return this;
        }

        public Builder disciplinaryDays(int days) {
            disciplinaryDays = Optional.of(days);
            return this;
        }

        public Builder seatHold(Duration duration) {
            seatHold = Optional.of(duration);
            return this;
        }

        /** B9: the kinds of visit this establishment's kiosks book (ORDINARY unless it says otherwise). */
        public Builder kioskVisitTypes(Set<VisitType> types) {
            kioskVisitTypes = Optional.of(types);
            return this;
        }

        public SettingsOverride build() {
            return new SettingsOverride(opensDaysBefore, closesBefore, visitorsChangeBefore, cancelBefore,
                    convocationLead, maxCompanions, weeklyQuota, disciplinaryDays, seatHold, kioskVisitTypes);
        }
    }
}
