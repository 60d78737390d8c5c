package fr.borne.testsupport.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Calls that read the system's clock instead of the injected {@link Clock}. */
final class ClockReads {

    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** {@code X.now()} and {@code X.now(zone)} (but not {@code X.now(clock)}), {@code System.currentTimeMillis()}, {@code Clock.system…()}. */
    static final DescribedPredicate<JavaMethodCall> SYSTEM_CLOCK_READ = DescribedPredicate.describe(
            "a read of the system clock (now() without a Clock, System.currentTimeMillis(), Clock.system…())",
            call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                if (name.equals("now") && TIME_TYPES.contains(owner)) {
                    return parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class);
                }
                return owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                        || owner.equals("java.time.Clock") && name.startsWith("system");
            });

    private ClockReads() {
    }
}
