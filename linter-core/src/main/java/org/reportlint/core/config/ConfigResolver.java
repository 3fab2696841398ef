package org.reportlint.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.files.Glob;
import org.reportlint.core.source.DisplayPath;

/**
 * Finds the configuration for each linted file and turns it into a {@link RuleSet} and, when a {@code formats} map
 * names the file, the format to read it as.
 *
 * <p>Without an explicit file, discovery walks up from the file's folder collecting {@code .reportlint.json} files
 * until one says {@code "root": true}; outer files apply first, inner ones override them, and each file's overrides
 * apply right after its own rules. Settings given on the command line apply last. Results are cached per folder, so
 * resolving thousands of files reads each config once. Safe to share between threads.
 */
public final class ConfigResolver {
    public static final String FILE_NAME = ".reportlint.json";

    private final RuleRegistry registry;
    private final Optional<Path> explicit;
    private final Map<String, RuleSetting> commandLine;
    private final Path displayBase;
    private final Map<Path, List<ConfigFile>> chains = new ConcurrentHashMap<>();
    private final Map<Path, ConfigFile> files = new ConcurrentHashMap<>();

    /**
     * @param registry the known rules, to validate ids and options
     * @param explicit a config file that replaces discovery ({@code --config})
     * @param commandLine settings from the command line, applied last, in order
     */
    public ConfigResolver(RuleRegistry registry, Optional<Path> explicit, Map<String, RuleSetting> commandLine) {
        this(registry, explicit, commandLine, Path.of("").toAbsolutePath());
    }

    /**
     * @param displayBase the folder config paths in error messages are shown relative to, such as the directory the
     *     user ran the command in; paths outside it are shown absolute
     */
    public ConfigResolver(RuleRegistry registry, Optional<Path> explicit, Map<String, RuleSetting> commandLine,
                          Path displayBase) {
        this.registry = registry;
        this.explicit = explicit.map(p -> p.toAbsolutePath().normalize());
        this.commandLine = Collections.unmodifiableMap(new LinkedHashMap<>(commandLine));
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /** The rules for a file on disk, or for standard input named as if it were at {@code file}. */
    public RuleSet rulesFor(Path file) throws ConfigException {
        return effective(file).rules();
    }

    /** The rules and the configured format for a file, or for standard input named as if it were at {@code file}. */
    public FileSettings settingsFor(Path file) throws ConfigException {
        return effective(file).fileSettings();
    }

    public EffectiveConfig effective(Path file) throws ConfigException {
        Path absolute = file.toAbsolutePath().normalize();
        List<ConfigFile> chain = chainFor(absolute.getParent() == null ? absolute : absolute.getParent());
        Preset preset = Preset.RECOMMENDED;
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        Optional<DocumentFormat> format = Optional.empty();
        Map<String, Rule> declared = new LinkedHashMap<>();
        for (ConfigFile config : chain) {
            preset = config.preset().orElse(preset);
            // A declared rule is on at its own level whatever the preset; "rules" below may still change that.
            for (CustomRule rule : config.customRules()) {
                declared.put(rule.metadata().id(), rule);
                settings.put(rule.metadata().id(), new RuleSetting(Optional.of(rule.metadata().defaultSeverity()),
                        Optional.empty()));
            }
            apply(settings, config.rules());
            String relative = relative(config.directory(), absolute);
            for (ConfigFile.Override override : config.overrides()) {
                if (override.files().stream().anyMatch(glob -> Glob.of(glob).matches(relative))) {
                    apply(settings, override.rules());
                }
            }
            // Outer configs come first, so the nearest config's match, and within one the last, wins.
            for (Map.Entry<String, DocumentFormat> entry : config.formats().entrySet()) {
                if (Glob.of(entry.getKey()).matches(relative)) {
                    format = Optional.of(entry.getValue());
                }
            }
        }
        apply(settings, commandLine);
        RuleSet rules = RuleSet.of(registry.with(declared.values()), preset, settings);
        return new EffectiveConfig(chain.stream().map(ConfigFile::path).toList(), preset, settings, rules, format);
    }

    /** The config files that apply in a folder, outermost first. */
    public List<ConfigFile> chainFor(Path directory) throws ConfigException {
        Path folder = directory.toAbsolutePath().normalize();
        List<ConfigFile> cached = chains.get(folder);
        if (cached != null) {
            return cached;
        }
        List<ConfigFile> chain = new ArrayList<>();
        if (explicit.isPresent()) {
            chain.add(load(explicit.get()));
        } else {
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(FILE_NAME);
                if (Files.isRegularFile(candidate)) {
                    ConfigFile config = load(candidate);
                    chain.add(0, config);
                    if (config.root()) {
                        break;
                    }
                }
            }
        }
        List<ConfigFile> result = List.copyOf(chain);
        chains.put(folder, result);
        return result;
    }

    private ConfigFile load(Path path) throws ConfigException {
        ConfigFile cached = files.get(path);
        if (cached != null) {
            return cached;
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException missing) {
            throw new ConfigException(shown(path), 0, 0, "no such config file");
        } catch (IOException | java.io.UncheckedIOException failure) {
            throw new ConfigException(shown(path), 0, 0, "cannot read config: " + failure.getMessage());
        }
        ConfigFile config = ConfigParser.parse(path, shown(path), text, registry);
        files.put(path, config);
        return config;
    }

    /** A config path as messages show it: relative to the display base when inside it, {@code /}-separated. */
    private String shown(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        Path relative = normalized.startsWith(displayBase) ? displayBase.relativize(normalized) : normalized;
        return DisplayPath.slashed(relative.toString());
    }

    private static void apply(Map<String, RuleSetting> settings, Map<String, RuleSetting> more) {
        more.forEach((id, setting) -> {
            RuleSetting previous = settings.remove(id);
            if (setting.options().isEmpty() && previous != null && previous.options().isPresent()) {
                setting = new RuleSetting(setting.severity(), previous.options());
            }
            settings.put(id, setting);
        });
    }

    private static String relative(Path directory, Path file) {
        try {
            return DisplayPath.slashed(directory.relativize(file).toString());
        } catch (IllegalArgumentException otherRoot) {
            return DisplayPath.slashed(file.toString());
        }
    }
}
