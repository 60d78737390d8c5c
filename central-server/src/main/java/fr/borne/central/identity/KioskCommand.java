package fr.borne.central.identity;

import fr.borne.central.CentralDatabaseOptions;
import fr.borne.central.CentralServices;
import fr.borne.central.http.AdminCalls;
import fr.borne.central.http.CertificateNames;
import fr.borne.store.Database;
import fr.borne.store.EstablishmentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code borne-central kiosk enrol|revoke}: a kiosk's identity, issued and registered in one step, or withdrawn. */
@Command(name = "kiosk", description = "Enrol or revoke a kiosk.",
        subcommands = {KioskCommand.Enrol.class, KioskCommand.Revoke.class})
public final class KioskCommand {

    @Command(name = "enrol", mixinStandardHelpOptions = true,
            description = "Issue a kiosk's certificate and register it at central: writes kiosk.pem, kiosk.key and "
                    + "central-ca.pem to the output folder, for /etc/borne/certificates on the kiosk, and the badge key "
                    + "badge.key, for /etc/borne.")
    static final class Enrol implements Callable<Integer> {

        @Option(names = "--id", required = true, description = "the kiosk id, e.g. rouen-1")
        String id;

        @Option(names = "--establishment", required = true, description = "the establishment it serves, e.g. rouen")
        String establishment;

        @Option(names = "--ca", required = true, description = "the folder made by 'ca init'")
        Path ca;

        @Mixin
        CentralDatabaseOptions db = new CentralDatabaseOptions();

        @Option(names = "--out", required = true, description = "folder for the kiosk's files (made 0750)")
        Path out;

        @Override
        public Integer call() throws IOException {
            CaDirectory authorities = new CaDirectory(ca);
            Issued kiosk = authorities.authority(CaDirectory.KIOSK).issueKiosk(id);
            try (Database database = db.open()) {
                if (database.read(c -> new EstablishmentRepository(c).find(establishment)).isEmpty()) {
                    System.err.println("central has no establishment '" + establishment + "': load its data first");
                    return 1;
                }
                new AdminCalls(CentralServices.create(database, Clock.systemUTC()))
                        .enrolKiosk(new AdminCalls.KioskRegistration(id, establishment),
                                CertificateNames.fingerprint(kiosk.certificate()));
            }
            PemFiles.writeIdentity(out, "rwxr-x---", "kiosk", kiosk,
                    PemFiles.readCertificate(authorities.certificate(CaDirectory.CENTRAL)));
            BadgeKeyFile.copyForKiosk(authorities.badgeKey(), out.resolve(BadgeKeyFile.NAME));
            System.out.printf("Kiosk %s enrolled for %s; its files are in %s: copy kiosk.pem, kiosk.key and "
                    + "central-ca.pem to /etc/borne/certificates/ and badge.key to /etc/borne/ on the kiosk.%n",
                    id, establishment, out);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a kiosk: central refuses its next call and takes back the seats it held free.")
    static final class Revoke implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "the kiosk id")
        String id;

        @Mixin
        CentralDatabaseOptions db = new CentralDatabaseOptions();

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                if (!new AdminCalls(CentralServices.create(database, Clock.systemUTC())).revokeKiosk(id)) {
                    System.err.println("central knows no kiosk '" + id + "'");
                    return 1;
                }
            }
            System.out.printf("Kiosk %s revoked.%n", id);
            return 0;
        }
    }
}
