package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.Backup;
import fr.borne.technician.FileResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", description = "Copy the database safely while the kiosk runs; the copy is checked "
        + "and readable by its owner only (it holds personal data).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    BorneCtl ctl;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the copy.")
    Path out;

    @Override
    public Integer call() {
        try (Database db = ctl.openDatabase()) {
            FileResult result = new Backup(db, ctl.clock).copyTo(out, ctl.actor());
            if (result instanceof FileResult.Written written) {
                ctl.out().println("Backup written to " + written.file() + " (" + written.bytes() + " bytes, "
                        + written.summary() + ", mode 0600). It holds personal data: keep it on the kiosk or "
                        + "move it only to an approved place.");
                return Exit.OK;
            }
            ctl.out().println(((FileResult.Failed) result).message());
            return Exit.PROBLEM;
        }
    }
}
