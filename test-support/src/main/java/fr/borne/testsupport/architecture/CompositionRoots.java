package fr.borne.testsupport.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Set;

/** The classes that build each process's objects: the only ones that choose the system clock. */
final class CompositionRoots {

    /** One per process (README: KioskMain, SyncAgentMain, CentralServerMain, BorneCtl), nested classes included. */
    static final Set<String> ROOTS = Set.of("fr.borne.kiosk.KioskMain", "fr.borne.agent.SyncAgentMain",
            "fr.borne.central.CentralServerMain", "fr.borne.ctl.BorneCtl");

    static final DescribedPredicate<JavaClass> ALLOWED_TO_READ_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "composition roots " + ROOTS,
            c -> ROOTS.stream().anyMatch(root -> c.getName().equals(root) || c.getName().startsWith(root + "$")));

    private CompositionRoots() {
    }
}
