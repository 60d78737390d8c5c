package fr.borne.testsupport.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Borne's architecture as rules over compiled classes (ArchUnit), so a qualified name or a
 * static import cannot slip past them as it could past a look at import lines. Each module
 * runs them on what its test class path holds ({@code ArchTests.in(BorneArchitecture.class)}):
 * kiosk-app sees every module but the command line, technician-cli sees that one.
 * A rule about classes a module does not hold passes there and bites in the module that does.
 */
public final class BorneArchitecture {

    /** The packages of booking-core: the domain, its rules, its store, the sync protocol's messages. */
    static final String[] BOOKING_CORE = {"fr.borne.booking..", "fr.borne.demo..", "fr.borne.detainee..",
            "fr.borne.establishment..", "fr.borne.permit..", "fr.borne.settings..", "fr.borne.store..",
            "fr.borne.sync..", "fr.borne.technician..", "fr.borne.visitor.."};

    private BorneArchitecture() {
    }

    /** The rules allow an empty selection (a module holds only some layers): this keeps them from judging nothing. */
    @ArchTest
    public static void borne_classes_are_there_to_judge(JavaClasses classes) {
        long borne = classes.stream().filter(c -> c.getPackageName().startsWith("fr.borne.")).count();
        if (borne < 20) {
            throw new AssertionError("only " + borne + " of Borne's classes imported: the rules would judge nothing");
        }
    }

    /** The README's module table: arrows only go down the dependency column. */
    @ArchTest
    public static final ArchRule MODULES_DEPEND_ONLY_DOWN = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("booking-core").definedBy(BOOKING_CORE)
            .layer("device-drivers").definedBy("fr.borne.device..")
            .layer("sync-agent").definedBy("fr.borne.agent..")
            .layer("central-server").definedBy("fr.borne.central..")
            .layer("kiosk-app").definedBy("fr.borne.kiosk..")
            .layer("technician-cli").definedBy("fr.borne.ctl..")
            // borne-ctl check-config reads the kiosk's and the agent's own option lists
            .whereLayer("kiosk-app").mayOnlyBeAccessedByLayers("technician-cli")
            .whereLayer("sync-agent").mayOnlyBeAccessedByLayers("technician-cli")
            .whereLayer("central-server").mayNotBeAccessedByAnyLayer()
            .whereLayer("technician-cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("device-drivers").mayOnlyBeAccessedByLayers("kiosk-app", "technician-cli")
            .whereLayer("booking-core").mayOnlyBeAccessedByLayers("sync-agent", "central-server", "kiosk-app",
                    "technician-cli")
            .because("README: arrows only go down the module table");

    @ArchTest
    public static final ArchRule BOOKING_CORE_KNOWS_NO_SCREEN_DEVICE_OR_HTTP = noClasses()
            .that().resideInAnyPackage(BOOKING_CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "io.javalin..",
                    "org.eclipse.jetty..", "java.net.http..", "com.fazecast..", "com.pi4j..", "com.google.zxing..")
            .because("ARCHITECTURE.md: booking-core knows nothing of screens, devices or HTTP")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule DEVICE_DRIVERS_KNOW_NO_BOOKINGS_OR_SCREENS = noClasses()
            .that().resideInAPackage("fr.borne.device..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "okhttp3..", "io.javalin..")
            .because("ARCHITECTURE.md: device-drivers knows nothing of bookings")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule RULES_AND_VALUES_KNOW_NO_STORAGE = noClasses()
            .that().resideInAnyPackage("fr.borne.booking..", "fr.borne.establishment..", "fr.borne.detainee..",
                    "fr.borne.visitor..", "fr.borne.permit..", "fr.borne.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.borne.store..", "java.sql..", "org.sqlite..",
                    "org.flywaydb..")
            .because("the rules are pure functions of facts, settings and a clock; the database is at the edge")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule SCREENS_NEVER_TOUCH_THE_STORE = noClasses()
            .that(KioskScreens.SCREENS)
            .should().dependOnClassesThat().resideInAPackage("fr.borne.store..")
            .because("a screen asks services (KioskContext); the SQL lives in booking-core's store behind them")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ONLY_THE_AGENT_CLIENT_SPEAKS_HTTP_IN_THE_KIOSK = noClasses()
            .that().resideInAPackage("fr.borne.kiosk..")
            .and().resideOutsideOfPackage("fr.borne.kiosk.online..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "okhttp3..", "io.javalin..",
                    "org.eclipse.jetty..")
            .because("ARCHITECTURE.md: the kiosk's few online questions go to its own agent, through one package")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule TIME_COMES_FROM_THE_INJECTED_CLOCK = noClasses()
            .that().resideInAPackage("fr.borne..")
            .and(DescribedPredicate.not(CompositionRoots.ALLOWED_TO_READ_THE_SYSTEM_CLOCK))
            .should().callMethodWhere(ClockReads.SYSTEM_CLOCK_READ)
            .because("rules and timers are tested on a clock the test moves; only a composition root picks the system clock")
            .allowEmptyShould(true);

    /**
     * Where SQL may be written: booking-core's store (its repositories, {@code Sql}, {@code Database}),
     * the booking-core packages that still hold their own queries (technician accounts and audit,
     * the feed's applier and the allotments, the large demo set), and central-server, for its own tables.
     */
    static final String[] SQL_PLACES = {"fr.borne.store..", "fr.borne.technician..", "fr.borne.sync..",
            "fr.borne.demo..", "fr.borne.central.."};

    /**
     * No SQL text outside booking-core: a module that needs a shared table asks a repository of
     * booking-core's store. A class that runs SQL must call JDBC (a {@code Connection}, a
     * {@code Statement}, a {@code ResultSet}) or the store's {@code Sql} helper; merely passing a
     * connection on to a repository is allowed.
     */
    @ArchTest
    public static final ArchRule SQL_LIVES_IN_BOOKING_CORES_STORE = noClasses()
            .that().resideInAPackage("fr.borne..")
            .and().resideOutsideOfPackages(SQL_PLACES)
            .should().callMethodWhere(SqlCalls.RUNS_SQL)
            .orShould().callConstructorWhere(SqlCalls.RUNS_SQL)
            .because("SQL lives in repositories in booking-core's store (central's own tables in central-server)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule FUTURES_HANDLE_THEIR_ERRORS = FutureChains.CLASSES_THAT_CHAIN_FUTURES_HANDLE_ERRORS;

    /** Classes named after screens, and the kiosk's UI toolkit. */
    static final class KioskScreens {
        static final DescribedPredicate<JavaClass> SCREENS = DescribedPredicate.describe(
                "kiosk screens and views",
                c -> c.getPackageName().startsWith("fr.borne.kiosk")
                        && (c.getPackageName().equals("fr.borne.kiosk.ui")
                        || outermost(c).getSimpleName().endsWith("Screen")
                        || outermost(c).getSimpleName().endsWith("View")));

        private KioskScreens() {
        }

        private static JavaClass outermost(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return top;
        }
    }
}
