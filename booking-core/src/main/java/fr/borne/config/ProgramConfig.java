package fr.borne.config;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Feeds a program's picocli options from its configuration file, whose keys are the long
 * option names without dashes ({@code db=…} for {@code --db}); an option given on the
 * command line wins. Unlike picocli's {@code PropertiesDefaultProvider}, which ignores what
 * it does not know, a key no option has, a bad value or a missing required key stops the
 * program with a message naming the key, the file and its line.
 */
public final class ProgramConfig {

    private ProgramConfig() {
    }

    /** The system property naming a program's file; the launcher sets it (picocli's own convention). */
    public static String fileProperty(String commandName) {
        return "picocli.defaults." + commandName + ".path";
    }

    /** The file named by {@link #fileProperty}, or {@link ConfigFile#none()} when the property is not set. */
    public static ConfigFile named(String commandName) {
        return Optional.ofNullable(System.getProperty(fileProperty(commandName)))
                .filter(name -> !name.isBlank())
                .map(name -> ConfigFile.read(Path.of(name)))
                .orElseGet(ConfigFile::none);
    }

    /**
     * Makes {@code file} the source of the defaults of {@code line} and its subcommands.
     *
     * @throws ConfigException when the file holds a key that is no option of these commands
     */
    public static CommandLine configure(CommandLine line, ConfigFile file) {
        Set<String> known = keys(line);
        for (ConfigFile.Entry entry : file.entries()) {
            if (!known.contains(entry.key())) {
                throw new ConfigException(file.where(entry.key()) + ": unknown key '" + entry.key()
                        + "'; the keys of " + line.getCommandName() + " are: " + String.join(", ", known));
            }
        }
        // "key=" with nothing after it leaves the option unset, as a commented line does
        line.setDefaultValueProvider(arg -> arg instanceof OptionSpec option
                ? file.entry(key(option)).map(ConfigFile.Entry::value).filter(v -> !v.isEmpty()).orElse(null) : null);
        line.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getCommandLine().getCommandName() + ": " + explain(e, file, args));
            err.println("See: " + e.getCommandLine().getCommandName() + " --help");
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        // a check made once the program runs (a devices file, say) stops it the same way
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
                cmd.getErr().println(line.getCommandName() + ": " + e.getMessage());
                return cmd.getCommandSpec().exitCodeOnInvalidInput();
            }
            throw e;
        });
        return line;
    }

    /** Reads the program's file, configures {@code line} with it and runs it; a wrong file is exit code 2. */
    public static int execute(CommandLine line, String commandName, String... args) {
        try {
            return configure(line, named(commandName)).execute(args);
        } catch (ConfigException e) {
            line.getErr().println(commandName + ": " + e.getMessage());
            return line.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    private static boolean givenOnCommandLine(OptionSpec option, String[] args) {
        for (String arg : args) {
            for (String name : option.names()) {
                if (arg.equals(name) || arg.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Parses {@code args} as the program would at start, for a check that must not run it.
     *
     * @throws ConfigException with the message the program would stop with
     */
    public static CommandLine.ParseResult parse(CommandLine line, ConfigFile file, String... args) {
        try {
            return line.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(explain(e, file, args));
        }
    }

    /** Runs a program's own start-up checks, turning their refusal into a {@link ConfigException}. */
    public static void check(ConfigFile file, Runnable checks) {
        try {
            checks.run();
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(explain(e, file, new String[0]));
        }
    }

    /**
     * A program's own refusal of an option's value, found after parsing; naming the option lets
     * the message cite the file and line the value came from.
     */
    public static CommandLine.ParameterException invalid(CommandSpec spec, String option, String value, String why) {
        return new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option
                + "': '" + value + "': " + why, spec.findOption(option), value);
    }

    /** The configuration key of an option: its longest name without the leading dashes. */
    public static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    /** Every key the commands of {@code line} accept (help and version switches aside). */
    public static Set<String> keys(CommandLine line) {
        Set<String> keys = new TreeSet<>(options(line.getCommandSpec()));
        line.getSubcommands().values().forEach(sub -> keys.addAll(keys(sub)));
        return keys;
    }

    private static Set<String> options(CommandSpec spec) {
        return spec.options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .map(ProgramConfig::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String explain(CommandLine.ParameterException e, ConfigFile file, String[] args) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return missing.getMissing().stream()
                    .filter(ArgSpec::isOption)
                    .map(arg -> "missing required key '" + key((OptionSpec) arg) + "'"
                            + file.file().map(f -> ": set it in " + f).orElse(" (no configuration file given)"))
                    .collect(Collectors.joining("; "));
        }
        if (e.getArgSpec() instanceof OptionSpec option && file.entry(key(option)).isPresent()
                && !givenOnCommandLine(option, args)) {
            ConfigFile.Entry entry = file.entry(key(option)).get();
            return file.where(entry.key()) + ": " + entry.key() + "=" + entry.value() + ": " + e.getMessage();
        }
        return e.getMessage();
    }
}
