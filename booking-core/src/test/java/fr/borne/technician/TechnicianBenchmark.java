package fr.borne.technician;

import fr.borne.demo.DemoData;
import fr.borne.store.Database;
import fr.borne.testsupport.Folders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a technician waits for: the PIN check after the last digit (the slow hash at its
 * production cost), a diagnostics bundle and a backup of the demo replica.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 5)
public class TechnicianBenchmark {

    private static final String BADGE = "TECH-0001";
    private static final String PIN = "4321";

    private Path dir;
    private Database database;
    private TechnicianAccess access;
    private Path output;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("technician-bench");
        database = Database.open(dir.resolve("borne.db"));
        DemoData.load(database, Clock.systemUTC());
        new TechnicianAccounts(database, Clock.systemUTC()).enrol("tech-1", BADGE, PIN, "bench");
        access = new TechnicianAccess(database, Clock.systemUTC());
        output = dir.resolve("out");
    }

    @TearDown(Level.Invocation)
    public void removeOutput() throws IOException {
        Files.deleteIfExists(output);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        database.close();
        Folders.deleteTree(dir);
    }

    @Benchmark
    public AccessResult verifyPin() {
        return access.verify(BADGE, PIN);
    }

    @Benchmark
    public FileResult diagnosticsBundle() {
        return new Diagnostics(database, Clock.systemUTC()).write(output,
                new DiagnosticsRequest(Map.of(), Map.of(), List.of()), "bench");
    }

    @Benchmark
    public FileResult backup() {
        return new Backup(database, Clock.systemUTC()).copyTo(output, "bench");
    }
}
