package fr.borne.central.identity;

import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServerMain;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.http.CertificateNames;
import fr.borne.central.kiosk.KioskRegistry;
import fr.borne.central.kiosk.RegisteredKiosk;
import fr.borne.store.Database;
import fr.borne.sync.SyncJson;
import fr.borne.visitor.BadgeKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The technician's commands at central, run as the launcher runs them. */
class IdentityCommandsTest {

    @TempDir
    Path dir;

    private Path db;
    private Path ca;

    @BeforeEach
    void centralWithItsEstablishmentsAndAuthorities() {
        db = dir.resolve("central.db");
        try (Database database = CentralDatabase.open(db)) {
            DemoLoader.load(CentralServices.create(database, Clock.systemUTC()));
        }
        ca = dir.resolve("ca");
        assertThat(run("ca", "init", ca.toString(), "--host", "central.example", "--host", "127.0.0.1")).isZero();
    }

    @Test
    void ca_init_makes_three_authorities_and_a_server_certificate_and_never_overwrites_them() throws Exception {
        assertThat(mode(ca)).isEqualTo("rwx------");
        for (String name : new String[] {CaDirectory.CENTRAL, CaDirectory.KIOSK, CaDirectory.ADMIN, CaDirectory.SERVER}) {
            assertThat(mode(ca.resolve(name + ".key"))).isEqualTo("rw-------");
            assertThat(mode(ca.resolve(name + ".pem"))).isEqualTo("rw-r-----");
        }
        X509Certificate server = PemFiles.readCertificate(ca.resolve("server.pem"));
        assertThat(server.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .containsExactly("central.example", "127.0.0.1");
        server.verify(PemFiles.readCertificate(ca.resolve("central-ca.pem")).getPublicKey());
        String before = Files.readString(ca.resolve("kiosk-ca.key"));
        String badgeKey = Files.readString(ca.resolve("badge.key"));

        assertThat(run("ca", "init", ca.toString(), "--host", "other.example")).isNotZero();
        assertThat(Files.readString(ca.resolve("kiosk-ca.key"))).isEqualTo(before);
        assertThat(Files.readString(ca.resolve("badge.key"))).isEqualTo(badgeKey);
    }

    @Test
    void ca_init_makes_a_fresh_badge_key_readable_by_its_owner_only_and_rotate_puts_a_new_one_first() throws Exception {
        assertThat(mode(ca.resolve("badge.key"))).isEqualTo("rw-------");
        BadgeKeys deployment = BadgeKeys.read(ca.resolve("badge.key"));
        assertThat(deployment.currentId()).matches("k\\d{8}T\\d{6}Z");
        assertThat(deployment.previousId()).isEmpty();
        assertThat(deployment.hash("DEMO-0001")).isNotEqualTo(BadgeKeys.demo().hash("DEMO-0001"));
        Path other = dir.resolve("other-ca");
        assertThat(run("ca", "init", other.toString(), "--host", "central.example")).isZero();
        assertThat(BadgeKeys.read(other.resolve("badge.key")).hash("DEMO-0001"))
                .as("each deployment has its own key").isNotEqualTo(deployment.hash("DEMO-0001"));

        assertThat(run("badge-key", "rotate", ca.toString())).isZero();

        BadgeKeys rotated = BadgeKeys.read(ca.resolve("badge.key"));
        assertThat(rotated.previousId()).contains(deployment.currentId());
        assertThat(rotated.currentId()).isNotEqualTo(deployment.currentId());
        assertThat(rotated.candidates("DEMO-0001")).hasSize(2).last().isEqualTo(deployment.hash("DEMO-0001"));
        assertThat(mode(ca.resolve("badge.key"))).isEqualTo("rw-------");
    }

    @Test
    void central_given_a_badge_key_file_it_cannot_read_stops_at_start_naming_it() {
        Path missing = dir.resolve("elsewhere/badge.key");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        try {
            assertThat(run("--badge-key-file", missing.toString(), "--plain-loopback", "--port", "0",
                    "--db", dir.resolve("other.db").toString())).isEqualTo(2);
        } finally {
            System.setErr(before);
            System.clearProperty(BadgeKeys.PROPERTY);
        }
        assertThat(err.toString()).contains("cannot use the badge key file " + missing + " (BORNE_BADGE_KEY_FILE): no such file");
        assertThat(dir.resolve("other.db")).as("nothing opened").doesNotExist();
    }

    @Test
    void kiosk_enrol_issues_the_files_and_registers_the_kiosk_with_that_certificate_then_revoke_withdraws_it()
            throws IOException {
        Path out = dir.resolve("rouen-1");
        assertThat(run("kiosk", "enrol", "--id", "rouen-1", "--establishment", "rouen", "--ca", ca.toString(),
                "--db", db.toString(), "--out", out.toString())).isZero();

        assertThat(mode(out.resolve("kiosk.key"))).isEqualTo("rw-------");
        assertThat(mode(out.resolve("kiosk.pem"))).isEqualTo("rw-r-----");
        assertThat(mode(out.resolve("badge.key"))).as("the kiosk's copy, for root:borne-data").isEqualTo("rw-r-----");
        assertThat(Files.readString(out.resolve("badge.key"))).isEqualTo(Files.readString(ca.resolve("badge.key")));
        assertThat(Files.readString(out.resolve("central-ca.pem"))).isEqualTo(Files.readString(ca.resolve("central-ca.pem")));
        X509Certificate kiosk = PemFiles.readCertificate(out.resolve("kiosk.pem"));
        X509Certificate kioskAuthority = PemFiles.readCertificate(ca.resolve("kiosk-ca.pem"));
        assertThat(CertificateNames.kioskId(kiosk, kioskAuthority)).contains("rouen-1");
        assertThat(CertificateNames.adminName(kiosk, PemFiles.readCertificate(ca.resolve("admin-ca.pem")))).isEmpty();
        assertThat(registered("rouen-1")).isEqualTo(new RegisteredKiosk("rouen-1", "rouen",
                java.util.Optional.of(CertificateNames.fingerprint(kiosk)), false));

        assertThat(run("kiosk", "revoke", "rouen-1", "--db", db.toString())).isZero();
        assertThat(registered("rouen-1").revoked()).isTrue();
        assertThat(run("kiosk", "revoke", "lyon-1", "--db", db.toString())).isNotZero();
        assertThat(run("kiosk", "enrol", "--id", "lyon-1", "--establishment", "lyon", "--ca", ca.toString(),
                "--db", db.toString(), "--out", dir.resolve("lyon-1").toString())).as("unknown establishment").isNotZero();
        assertThat(dir.resolve("lyon-1")).doesNotExist();
    }

    @Test
    void admin_issue_writes_a_certificate_from_the_admin_authority_only() throws IOException {
        Path out = dir.resolve("admins");
        assertThat(run("admin", "issue", "portal", "--ca", ca.toString(), "--out", out.toString())).isZero();
        X509Certificate admin = PemFiles.readCertificate(out.resolve("portal.pem"));
        assertThat(CertificateNames.adminName(admin, PemFiles.readCertificate(ca.resolve("admin-ca.pem")))).contains("portal");
        assertThat(CertificateNames.kioskId(admin, PemFiles.readCertificate(ca.resolve("kiosk-ca.pem")))).isEmpty();
        assertThat(mode(out.resolve("portal.key"))).isEqualTo("rw-------");
    }

    private RegisteredKiosk registered(String id) {
        try (Database database = CentralDatabase.open(db)) {
            return database.read(c -> new KioskRegistry(SyncJson.mapper()).find(c, id)).orElseThrow();
        }
    }

    private static int run(String... args) {
        return CentralServerMain.commandLine(new CentralServerMain()).execute(args);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
