package fr.borne.testsupport.postgres;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTest {

    @Test
    void a_server_starts_answers_on_a_fresh_database_and_leaves_nothing_behind() {
        Path directory;
        try (TestPostgres server = TestPostgres.start(TestPostgres.Options.forTests())) {
            directory = server.directory();
            String url = server.createDatabase();
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertThat(server.psql(database, "SELECT current_user || ' ' || current_setting('server_version_num')"))
                    .startsWith("borne ");
            assertThat(server.running()).isTrue();
            assertThat(Files.exists(directory.resolve("data"))).isTrue();
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void two_servers_run_side_by_side_on_their_own_ports() {
        try (TestPostgres one = TestPostgres.start(TestPostgres.Options.forTests());
             TestPostgres two = TestPostgres.start(TestPostgres.Options.forTests())) {
            assertThat(one.port()).isNotEqualTo(two.port());
            assertThat(one.psql("postgres", "SELECT 1")).isEqualTo("1");
            assertThat(two.psql("postgres", "SELECT 2")).isEqualTo("2");
        }
    }
}
