package fr.borne.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LazyFS (github.com/dsrhaslab/lazyfs), a FUSE file system that keeps every write in its own
 * cache until it is fsynced and can drop what was not, as a power cut drops the page cache.
 * Built by {@code scripts/build-lazyfs.sh} into {@code $BORNE_LAZYFS} (default
 * {@code ~/.cache/borne/lazyfs}); absent there, or without {@code /dev/fuse}, it is not used.
 */
final class LazyFs implements AutoCloseable {

    private final Process process;
    private final Path mount;
    private final Path faults;
    private final Path done;

    private LazyFs(Process process, Path mount, Path faults, Path done) {
        this.process = process;
        this.mount = mount;
        this.faults = faults;
        this.done = done;
    }

    /** The directory holding the {@code lazyfs} program and its {@code libpcache.so}, when built. */
    static Optional<Path> installed() {
        String configured = System.getenv("BORNE_LAZYFS");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "borne", "lazyfs");
        boolean usable = Files.isExecutable(dir.resolve("lazyfs")) && Files.exists(Path.of("/dev/fuse"));
        return usable ? Optional.of(dir) : Optional.empty();
    }

    /** Mounts LazyFS on {@code work/mnt}, keeping the files that reached the disk in {@code work/disk}. */
    static LazyFs mount(Path installed, Path work) throws IOException, InterruptedException {
        Path mount = Files.createDirectories(work.resolve("mnt"));
        Path disk = Files.createDirectories(work.resolve("disk"));
        Path faults = work.resolve("faults.fifo");
        Path done = work.resolve("done.fifo");
        Path config = Files.writeString(work.resolve("lazyfs.toml"), String.join("\n",
                "[faults]",
                "fifo_path=\"" + faults + "\"",
                "fifo_path_completed=\"" + done + "\"",
                "[cache]",
                "apply_eviction=false",
                "[cache.simple]",
                "custom_size=\"256mb\"",
                "blocks_per_page=1",
                "[filesystem]",
                "log_all_operations=false",
                "logfile=\"" + work.resolve("lazyfs.log") + "\"", ""));
        ProcessBuilder builder = new ProcessBuilder(installed.resolve("lazyfs").toString(), mount.toString(),
                "--config-path", config.toString(), "-o", "modules=subdir", "-o", "subdir=" + disk, "-f");
        builder.environment().put("LD_LIBRARY_PATH", installed.toString());
        builder.redirectErrorStream(true).redirectOutput(work.resolve("lazyfs.out").toFile());
        LazyFs lazyFs = new LazyFs(builder.start(), mount, faults, done);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!lazyFs.mounted()) {
            if (System.nanoTime() > deadline || !lazyFs.process.isAlive()) {
                lazyFs.close();
                throw new IOException("LazyFS did not mount; its output:\n"
                        + Files.readString(work.resolve("lazyfs.out")));
            }
            Thread.sleep(20);
        }
        return lazyFs;
    }

    Path mount() {
        return mount;
    }

    private boolean mounted() throws IOException {
        return Files.readAllLines(Path.of("/proc/mounts")).stream()
                .anyMatch(line -> line.split(" ")[1].equals(mount.toString()));
    }

    /** The power cut: every write not fsynced is dropped; returns once LazyFS says it is done. */
    void loseUnsyncedWrites() throws IOException {
        try (Writer writer = Files.newBufferedWriter(faults, StandardCharsets.UTF_8)) {
            writer.write("lazyfs::clear-cache\n");
        }
        // LazyFS opens the completion FIFO when it is done and may keep it open: one line is the answer.
        try (BufferedReader reader = Files.newBufferedReader(done, StandardCharsets.UTF_8)) {
            String answer = reader.readLine();
            if (answer == null || !answer.contains("finished::clear-cache")) {
                throw new IOException("LazyFS answered " + answer);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
