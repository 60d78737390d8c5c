package fr.borne.config;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.List;
import java.util.Optional;

/** What a program runs with once its command line and its file are read: each key, its value and where it came from. */
public final class EffectiveConfig {

    /** One option's value and its source: "command line", "FILE line N", "default" or "not set". */
    public record Setting(String key, String value, String source) {
    }

    private EffectiveConfig() {
    }

    public static List<Setting> of(CommandSpec spec, ParseResult parsed, ConfigFile file) {
        return spec.options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .map(o -> setting(o, parsed, file))
                .toList();
    }

    private static Setting setting(OptionSpec option, ParseResult parsed, ConfigFile file) {
        String key = ProgramConfig.key(option);
        String value = shown(option.getValue());
        String source;
        if (parsed.hasMatchedOption(option)) {
            source = "command line";
        } else if (file.entry(key).filter(e -> !e.value().isEmpty()).isPresent()) {
            source = file.where(key);
        } else if (option.defaultValue() != null) {
            source = "default";
        } else {
            source = "not set";
        }
        return new Setting(key, value, source);
    }

    private static String shown(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(String::valueOf).orElse("");
        }
        return value == null ? "" : String.valueOf(value);
    }
}
