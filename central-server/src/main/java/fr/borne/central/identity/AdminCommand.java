package fr.borne.central.identity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code borne-central admin issue NAME}: an administrator's credential, from the admin authority. */
@Command(name = "admin", description = "Administrators' credentials.", subcommands = AdminCommand.Issue.class)
public final class AdminCommand {

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issue an administrator's certificate: writes NAME.pem, NAME.key and central-ca.pem.")
    static final class Issue implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "who holds it, e.g. portal or j.martin")
        String name;

        @Option(names = "--ca", required = true, description = "the folder made by 'ca init'")
        Path ca;

        @Option(names = "--out", required = true, description = "folder for the files (made 0700)")
        Path out;

        @Override
        public Integer call() throws IOException {
            CaDirectory authorities = new CaDirectory(ca);
            Issued admin = authorities.authority(CaDirectory.ADMIN).issueAdmin(name);
            PemFiles.writeIdentity(out, "rwx------", name, admin,
                    PemFiles.readCertificate(authorities.certificate(CaDirectory.CENTRAL)));
            System.out.printf("Administrator %s's certificate written to %s.%n", name, out);
            return 0;
        }
    }
}
