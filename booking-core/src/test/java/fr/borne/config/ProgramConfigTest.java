package fr.borne.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgramConfigTest {

    @TempDir
    Path dir;

    @Command(name = "sample", mixinStandardHelpOptions = true)
    static final class Sample implements Runnable {
        @Option(names = "--db", required = true)
        Path db;

        @Option(names = "--idle-seconds", defaultValue = "60")
        int idleSeconds;

        @Option(names = "--central")
        String central;

        @Override
        public void run() {
        }
    }

    @Test
    void values_come_from_the_file_and_the_command_line_wins() throws IOException {
        ConfigFile file = ConfigFile.read(write("# comment\ndb = /var/lib/borne/borne.db\nidle-seconds=30\n"));
        Sample sample = new Sample();
        CommandLine line = ProgramConfig.configure(new CommandLine(sample), file);
        CommandLine.ParseResult parsed = line.parseArgs("--idle-seconds", "45");

        assertThat(sample.db).isEqualTo(Path.of("/var/lib/borne/borne.db"));
        assertThat(sample.idleSeconds).isEqualTo(45);
        assertThat(EffectiveConfig.of(line.getCommandSpec(), parsed, file)).containsExactlyInAnyOrder(
                new EffectiveConfig.Setting("central", "", "not set"),
                new EffectiveConfig.Setting("db", "/var/lib/borne/borne.db", file.where("db")),
                new EffectiveConfig.Setting("idle-seconds", "45", "command line"));
        assertThat(file.where("db")).endsWith("sample.properties line 2");
    }

    @Test
    void an_unknown_key_names_the_file_and_the_line() throws IOException {
        ConfigFile file = ConfigFile.read(write("db=x\n\nscanner.type=serial\n"));
        assertThatThrownBy(() -> ProgramConfig.configure(new CommandLine(new Sample()), file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sample.properties line 3: unknown key 'scanner.type'")
                .hasMessageContaining("central, db, idle-seconds");
    }

    @Test
    void a_bad_value_names_the_key_the_file_and_the_line() throws IOException {
        Path path = write("db=x\nidle-seconds=soon\n");
        assertThat(run(path)).contains("sample.properties line 2: idle-seconds=soon")
                .contains("'soon' is not an int");
    }

    @Test
    void a_missing_required_key_says_which_file_should_hold_it() throws IOException {
        assertThat(run(write("idle-seconds=3\n"))).contains("missing required key 'db': set it in " + dir.resolve("sample.properties"));
    }

    @Test
    void a_key_twice_or_a_line_without_equals_is_refused() throws IOException {
        assertThatThrownBy(() -> ConfigFile.read(write("db=a\ndb=b\n")))
                .hasMessageEndingWith("line 2: key 'db' is already set on line 1");
        assertThatThrownBy(() -> ConfigFile.read(write("db\n")))
                .hasMessageEndingWith("line 1: expected key=value, found 'db'");
    }

    @Test
    void a_named_file_that_does_not_exist_stops_the_program() {
        System.setProperty(ProgramConfig.fileProperty("sample"), dir.resolve("absent.properties").toString());
        try {
            StringWriter err = new StringWriter();
            CommandLine line = new CommandLine(new Sample());
            line.setErr(new PrintWriter(err, true));
            assertThat(ProgramConfig.execute(line, "sample")).isEqualTo(2);
            assertThat(err.toString()).contains("absent.properties does not exist");
        } finally {
            System.clearProperty(ProgramConfig.fileProperty("sample"));
        }
    }

    private String run(Path path) {
        StringWriter err = new StringWriter();
        CommandLine line = ProgramConfig.configure(new CommandLine(new Sample()), ConfigFile.read(path));
        line.setErr(new PrintWriter(err, true));
        assertThat(line.execute()).isEqualTo(2);
        return err.toString();
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("sample.properties"), text);
    }
}
