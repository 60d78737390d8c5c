package fr.borne.central.identity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code borne-central ca init DIR}: a deployment's authorities and central's certificate. */
@Command(name = "ca", description = "Certificate authorities of a deployment.",
        subcommands = CaCommand.Init.class)
public final class CaCommand {

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Make the central, kiosk and admin authorities, central's server certificate and the "
                    + "deployment's badge key (badge.key) in DIR.")
    static final class Init implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "new folder (made 0700) for the authorities")
        Path dir;

        @Option(names = "--host", required = true,
                description = "a host name or IP address kiosks use to reach central (repeatable)")
        List<String> hosts;

        @Override
        public Integer call() throws IOException {
            CaDirectory ca = CaDirectory.init(dir, hosts, java.time.Clock.systemUTC());
            System.out.printf("""
                    Authorities, central's certificate and the badge key written to %1$s (keep it off the network).
                    Start central with:
                      borne-central --tls-cert %2$s --tls-key %3$s --tls-ca %4$s --tls-admin-ca %5$s --badge-key-file %6$s
                    Enrol each kiosk with: borne-central kiosk enrol --ca %1$s --id ID --establishment ESTABLISHMENT --out DIR
                    """, dir, ca.certificate(CaDirectory.SERVER), ca.key(CaDirectory.SERVER),
                    ca.certificate(CaDirectory.KIOSK), ca.certificate(CaDirectory.ADMIN), ca.badgeKey());
            return 0;
        }
    }
}
