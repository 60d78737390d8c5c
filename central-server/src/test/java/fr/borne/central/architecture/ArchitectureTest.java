package fr.borne.central.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.borne.testsupport.architecture.BorneArchitecture;
import fr.borne.testsupport.architecture.BorneClasses;
import fr.borne.testsupport.architecture.MainClassesOnly;

/** Borne's architecture rules (test-support's {@link BorneArchitecture}) on the main classes this module sees. */
@AnalyzeClasses(locations = BorneClasses.class, importOptions = MainClassesOnly.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests BORNE = ArchTests.in(BorneArchitecture.class);
}
