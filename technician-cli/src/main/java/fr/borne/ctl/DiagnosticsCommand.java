package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.Diagnostics;
import fr.borne.technician.DiagnosticsRequest;
import fr.borne.technician.FileResult;
import fr.borne.technician.LogSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "diagnostics", description = "Write a diagnostics bundle (zip) for support: versions, database "
        + "checks and counts, sync and device state, recent logs. No names, no badge codes.")
final class DiagnosticsCommand implements Callable<Integer> {

    private static final int MAX_LOG_FILES = 10;

    @ParentCommand
    BorneCtl ctl;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the zip.")
    Path out;

    @Option(names = "--journal", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include the last two days of the kiosk's and the agent's journal (default: on).")
    boolean journal;

    @Override
    public Integer call() throws IOException {
        try (Database db = ctl.openDatabase()) {
            List<LogSource> logs = new ArrayList<>(LogSource.ownLogFiles(ctl.logs, MAX_LOG_FILES));
            if (journal) {
                logs.add(new JournalLog());
            }
            FileResult result = new Diagnostics(db, ctl.clock).write(out,
                    new DiagnosticsRequest(Versions.own(), DeviceStatus.fromDatabase(db), logs), ctl.actor());
            if (result instanceof FileResult.Written written) {
                ctl.out().println("Diagnostics bundle written to " + written.file() + " (" + written.bytes()
                        + " bytes): " + written.summary());
                return Exit.OK;
            }
            ctl.out().println(((FileResult.Failed) result).message());
            return Exit.PROBLEM;
        }
    }
}
