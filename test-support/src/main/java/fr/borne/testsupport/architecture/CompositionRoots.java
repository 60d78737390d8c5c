package fr.borne.testsupport.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Set;

/** The classes that build each process's objects: the only ones that choose the system clock. */
final class CompositionRoots {

    /**
     * One per process (README: KioskMain, SyncAgentMain, CentralServerMain, BorneCtl), nested classes included,
     * and borne-central's one-shot commands ({@code ca init}, {@code kiosk enrol|revoke}, {@code badge-key rotate},
     * {@code closure add}, {@code detainee transfer|release}),
     * each a process of its own that builds what it needs once and exits.
     */
    static final Set<String> ROOTS = Set.of("fr.borne.kiosk.KioskMain", "fr.borne.agent.SyncAgentMain",
            "fr.borne.central.CentralServerMain", "fr.borne.ctl.BorneCtl", "fr.borne.central.identity.KioskCommand",
            "fr.borne.central.identity.CaCommand", "fr.borne.central.identity.BadgeKeyCommand",
            "fr.borne.central.staff.StaffCommands");

    /**
     * Classes that must read the wall clock whatever clock they are given, each for a reason:
     * <ul>
     * <li>{@code SyncAgent}: its loop paces pulls, pushes and heartbeats in real time; the
     * injected clock stamps the requests and is frozen or moved by hand in end-to-end tests,
     * where a loop paced on it would never run again;</li>
     * <li>{@code WatchdogFile}: systemd's wrapper compares the file's time with the wall clock;</li>
     * <li>{@code Authority}: a certificate's validity is checked by every TLS peer against its own wall clock.</li>
     * </ul>
     */
    static final Set<String> WALL_CLOCK_BY_DESIGN = Set.of("fr.borne.agent.SyncAgent",
            "fr.borne.agent.watchdog.WatchdogFile", "fr.borne.central.identity.Authority");

    static final DescribedPredicate<JavaClass> ALLOWED_TO_READ_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "composition roots " + ROOTS + " and " + WALL_CLOCK_BY_DESIGN,
            c -> ROOTS.stream().anyMatch(root -> c.getName().equals(root) || c.getName().startsWith(root + "$"))
                    || WALL_CLOCK_BY_DESIGN.contains(c.getName()));

    private CompositionRoots() {
    }
}
