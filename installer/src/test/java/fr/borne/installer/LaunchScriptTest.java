package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** borne-launch builds the java command line of each application. */
class LaunchScriptTest {

    @TempDir
    Path tmp;
    Path java;

    @BeforeEach
    void javaThatPrintsItsArguments() throws IOException {
        java = tmp.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"BORNE_BADGE_KEY_FILE=$BORNE_BADGE_KEY_FILE\"\n"
                + "for a in \"$@\"; do echo \"$a\"; done\n");
        java.toFile().setExecutable(true);
    }

    private Command.Result launch(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("sh",
                Scripts.source("usr/lib/borne/borne-launch").toString()));
        argv.addAll(List.of(args));
        return new Command(argv, Map.of("BORNE_JAVA", java.toString(), "BORNE_CONFIG_DIR", tmp.toString(),
                "BORNE_JAVA_OPTS", "-Xmx256m"), tmp).run();
    }

    @Test
    void the_kiosk_gets_the_javafx_modules_of_the_package_and_its_arguments() {
        Command.Result result = launch("kiosk", "fr.borne.kiosk.KioskMain", "--demo", "two words");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.out().lines().toList()).containsSubsequence(
                "-Xmx256m", "-Dborne.role=kiosk", "-Dborne.config.dir=" + tmp, "-Dborne.data.dir=/var/lib/borne",
                "--module-path", "/usr/share/borne/lib/javafx", "--add-modules", "ALL-MODULE-PATH",
                "-Dpicocli.defaults.borne-kiosk.path=" + tmp.resolve("kiosk.properties"), "-cp", "/usr/share/borne/lib/*", "fr.borne.kiosk.KioskMain", "--demo", "two words");
    }

    @Test
    void the_sync_agent_runs_without_javafx_and_uses_the_packaged_logging_when_present() throws IOException {
        Files.writeString(tmp.resolve("logback.xml"), "<configuration/>");

        Command.Result result = launch("sync-agent", "fr.borne.agent.SyncAgentMain", "status");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.out().lines().toList())
                .contains("-Dlogback.configurationFile=" + tmp.resolve("logback.xml"),
                        "-Dpicocli.defaults.borne-sync-agent.path=" + tmp.resolve("sync-agent.properties"))
                .doesNotContain("--module-path")
                .endsWith("fr.borne.agent.SyncAgentMain", "status");
    }

    @Test
    void the_technician_tool_is_given_no_program_file_of_its_own() {
        Command.Result result = launch("technician", "fr.borne.ctl.BorneCtl", "status");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.out().lines().toList())
                .noneMatch(arg -> arg.startsWith("-Dpicocli.defaults."))
                .doesNotContain("--module-path")
                .endsWith("fr.borne.ctl.BorneCtl", "status");
    }

    @Test
    void every_role_is_pointed_at_the_badge_key_of_the_configuration_folder() {
        for (String role : List.of("kiosk", "sync-agent", "technician")) {
            Command.Result result = launch(role, "x.Main");
            assertThat(result.out().lines()).as(role).contains("BORNE_BADGE_KEY_FILE=" + tmp.resolve("badge.key"));
        }
    }

    @Test
    void an_unknown_role_is_refused() {
        Command.Result result = launch("printer", "x.Main");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("unknown role 'printer'");
    }
}
