package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Debian's own package checker finds nothing: overrides live in /usr/share/lintian/overrides/borne, each justified. */
class LintianPackageTest {

    @BeforeAll
    static void tools() {
        Command.requireTool("lintian");
    }

    @Test
    void lintian_reports_no_error_warning_or_pedantic_tag_on_either_architecture() {
        Command.Result result = Command.of("lintian", "--pedantic", "--display-info",
                        "--fail-on", "error,warning,info,pedantic",
                        BuiltPackages.deb("amd64").toString(), BuiltPackages.deb("arm64").toString())
                .run();

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.out()).as("tags reported").doesNotContainPattern("(?m)^[EWIPX]: ");
    }
}
