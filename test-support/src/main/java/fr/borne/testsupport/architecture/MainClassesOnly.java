package fr.borne.testsupport.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The rules are about shipped code: leaves out test classes, those of another module's test jar too. */
public final class MainClassesOnly implements ImportOption {

    private static final ImportOption NOT_TESTS = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NOT_TESTS.includes(location) && !location.contains("-tests.jar");
    }
}
