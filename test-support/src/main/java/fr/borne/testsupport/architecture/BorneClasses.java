package fr.borne.testsupport.architecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where Borne's classes are on the test class path: the folders and jars holding
 * {@code fr/borne}, asked of the class loader. Scanning every library jar for that package
 * (as {@code packages = "fr.borne"} does) takes a minute on a busy machine; this takes none.
 */
public final class BorneClasses implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        try {
            return Collections.list(testClass.getClassLoader().getResources("fr/borne")).stream()
                    .map(BorneClasses::location)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Location location(URL url) {
        return Location.of(url);
    }
}
