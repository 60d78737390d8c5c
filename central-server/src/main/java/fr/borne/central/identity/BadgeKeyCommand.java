package fr.borne.central.identity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code borne-central badge-key rotate DIR}: a new badge key, the current one kept as previous. */
@Command(name = "badge-key", description = "The deployment's badge key.", subcommands = BadgeKeyCommand.Rotate.class)
public final class BadgeKeyCommand {

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Put a new key first in DIR/badge.key and keep the current one second: badges are looked "
                    + "up under both until every badge is issued again. Then copy the file to central and every kiosk.")
    static final class Rotate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "the folder made by 'ca init'")
        Path dir;

        @Override
        public Integer call() throws IOException {
            Path file = new CaDirectory(dir).badgeKey();
            String id = BadgeKeyFile.rotate(file, Clock.systemUTC());
            System.out.printf("New badge key %s first in %s, the previous one after it. Restart central with it and "
                    + "install it as /etc/borne/badge.key on every kiosk.%n", id, file);
            return 0;
        }
    }
}
