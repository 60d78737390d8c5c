package fr.borne.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fr.borne.agent.fixture.SqlOutsideTheStore;
import fr.borne.booking.fixture.ClockReaders;
import fr.borne.device.fixture.BookingAwareDriver;
import fr.borne.kiosk.fixture.FutureChains;
import fr.borne.kiosk.fixture.PeekingScreen;
import fr.borne.store.fixture.CountingRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules bite: each is shown a class that breaks it (fixtures in Borne's package names,
 * in this module's tests only) and one that keeps it.
 */
class BorneArchitectureTest {

    @Test
    void aScreenUsingTheStoreIsNamed() {
        EvaluationResult result = evaluate(BorneArchitecture.SCREENS_NEVER_TOUCH_THE_STORE, PeekingScreen.class,
                PeekingScreen.Polite.class);

        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(d -> d.contains(PeekingScreen.class.getName()) && d.contains("fr.borne.store.fixture.Rows"))
                .noneMatch(d -> d.contains("Polite"));
    }

    @Test
    void aDeviceDriverUsingBookingsBreaksTheLayering() {
        EvaluationResult result = evaluate(BorneArchitecture.MODULES_DEPEND_ONLY_DOWN, BookingAwareDriver.class,
                ClockReaders.class);

        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(BookingAwareDriver.class.getName(), ClockReaders.class.getName());
    }

    @Test
    void readingTheSystemClockIsNamedButAskingTheInjectedClockIsNot() {
        EvaluationResult result = evaluate(BorneArchitecture.TIME_COMES_FROM_THE_INJECTED_CLOCK, ClockReaders.class);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("ClockReaders.today()") && d.contains("LocalDate.now()"))
                .anyMatch(d -> d.contains("ClockReaders.millis()") && d.contains("System.currentTimeMillis()"))
                .noneMatch(d -> d.contains("ClockReaders.todayOn("));
    }

    @Test
    void aFutureChainWithoutErrorHandlingIsNamedAndOneThatHandlesItIsNot() {
        EvaluationResult result = evaluate(BorneArchitecture.FUTURES_HANDLE_THEIR_ERRORS, FutureChains.Silent.class,
                FutureChains.Handled.class, FutureChains.Joined.class);

        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(FutureChains.Silent.class.getName(), "thenAccept");
    }

    @Test
    void sqlOutsideTheStoreIsNamedButHandingTheConnectionToARepositoryIsNot() {
        EvaluationResult result = evaluate(BorneArchitecture.SQL_LIVES_IN_BOOKING_CORES_STORE,
                SqlOutsideTheStore.RawQuery.class, SqlOutsideTheStore.AsksTheRepository.class,
                CountingRepository.class);

        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .anyMatch(d -> d.contains("RawQuery.pending(") && d.contains("Connection.prepareStatement"))
                .allMatch(d -> d.contains("RawQuery"));
    }

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }
}
