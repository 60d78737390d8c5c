package fr.borne.technician;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Recent log text to put in a diagnostics bundle (it is scrubbed on the way in). */
public interface LogSource {

    /** File name inside the bundle's {@code logs/} folder. */
    String name();

    /** The most recent text, at most about {@code maxBytes}. */
    String read(int maxBytes) throws IOException;

    /** Only Borne's own log files: by policy they carry ids, never names or badge codes. */
    Pattern OWN_LOG = Pattern.compile("(borne|kiosk|sync-agent)[A-Za-z0-9._-]*\\.log(\\.[0-9]+)?");

    /** Borne's own log files in a folder, newest first, at most {@code maxFiles}; none if the folder is missing. */
    static List<LogSource> ownLogFiles(Path folder, int maxFiles) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> OWN_LOG.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(LogSource::modified).reversed())
                    .limit(maxFiles)
                    .<LogSource>map(TailOfFile::new)
                    .toList();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The end of a text file, starting at a line boundary. */
    record TailOfFile(Path file) implements LogSource {

        @Override
        public String name() {
            return file.getFileName().toString();
        }

        @Override
        public String read(int maxBytes) throws IOException {
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                long length = in.length();
                long start = Math.max(0, length - maxBytes);
                byte[] bytes = new byte[(int) (length - start)];
                in.seek(start);
                in.readFully(bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (start > 0) {
                    int firstBreak = text.indexOf('\n');
                    text = firstBreak < 0 ? "" : text.substring(firstBreak + 1);
                }
                return text;
            }
        }
    }
}
