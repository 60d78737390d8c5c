package fr.borne.ctl;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs borne-ctl in-process as a technician would, capturing what it prints. */
final class CtlRun {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private final Clock clock;
    private final StringWriter out = new StringWriter();

    CtlRun(Clock clock) {
        this.clock = clock;
    }

    /** What has been printed so far (safe to read while the command runs). */
    String outSoFar() {
        return out.toString();
    }

    Result execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = BorneCtl.commandLine(clock, Map.of("USER", "jtech"));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(Clock clock, String... args) {
        return new CtlRun(clock).execute(args);
    }
}
