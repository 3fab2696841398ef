package org.reportlint.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.files.Glob;
import org.reportlint.core.source.DisplayPath;
import org.reportlint.core.vocabulary.Vocabulary;

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
    private final Optional<ConfigSource> explicit;
    private final Map<String, RuleSetting> commandLine;
    private final Path displayBase;
    private final RulePacks packs;
    private final Map<Path, List<ConfigFile>> chains = new ConcurrentHashMap<>();
    private final Map<ConfigSource, ConfigFile> files = new ConcurrentHashMap<>();
    private final Map<RuleSetKey, RuleSet> ruleSets = new ConcurrentHashMap<>();
    private final VocabularyLoader vocabularies;

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
        this(registry, commandLine, displayBase, explicit.map(ConfigSource::file));
    }

    /**
     * @param explicit a config that replaces discovery, from a file, a URL or a class path; one that is not a file
     *     applies as if it were in {@code displayBase}
     */
    public ConfigResolver(RuleRegistry registry, Map<String, RuleSetting> commandLine, Path displayBase,
                          Optional<ConfigSource> explicit) {
        this(registry, commandLine, displayBase, explicit, RulePacks.on(ConfigResolver.class.getClassLoader()));
    }

    /** @param packs the rule packs that {@code "extends": "pack:NAME"} can name */
    public ConfigResolver(RuleRegistry registry, Map<String, RuleSetting> commandLine, Path displayBase,
                          Optional<ConfigSource> explicit, RulePacks packs) {
        this.packs = packs;
        this.registry = registry;
        this.explicit = explicit;
        this.commandLine = Collections.unmodifiableMap(new LinkedHashMap<>(commandLine));
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.vocabularies = new VocabularyLoader(this.displayBase);
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
        Vocabulary vocabulary = Vocabulary.none();
        for (ConfigFile config : chain) {
            preset = config.preset().orElse(preset);
            // A nested config adds its lists to those of the configs above it; a list named twice counts once.
            vocabulary = vocabulary.plus(config.vocabulary());
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
        refuseConflicts(vocabulary);
        // Files of one folder (and of one set of matching overrides) share a rule set: building it per file cost a
        // noticeable part of a large run, and the engine needs nothing file-specific in it.
        Preset chosen = preset;
        Vocabulary words = vocabulary;
        RuleSet rules = ruleSets.computeIfAbsent(new RuleSetKey(new SameConfigs(chain), Map.copyOf(settings)),
                key -> RuleSet.of(registry.with(declared.values()), chosen, settings).withVocabulary(words));
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
                    ConfigFile config = load(ConfigSource.file(candidate));
                    chain.add(0, config);
                    if (config.root()) {
                        break;
                    }
                }
            }
        }
        List<ConfigFile> result = List.copyOf(chain);
        checkLaterRules(result);
        chains.put(folder, result);
        return result;
    }

    private ConfigFile load(ConfigSource source) throws ConfigException {
        return load(source, new LinkedHashSet<>());
    }

    /** Reads, parses and merges the bases of one config; {@code extending} holds the configs that extend it. */
    private ConfigFile load(ConfigSource source, Set<ConfigSource> extending) throws ConfigException {
        ConfigFile cached = files.get(source);
        if (cached != null) {
            return cached;
        }
        String shown = source.shown(displayBase);
        String text;
        try {
            text = source.read();
        } catch (java.nio.file.NoSuchFileException missing) {
            throw new ConfigException(shown, 0, 0, "no such config file");
        } catch (IOException | java.io.UncheckedIOException failure) {
            throw new ConfigException(shown, 0, 0, "cannot read config: " + failure.getMessage());
        }
        // A config from the class path or a URL has no folder of its own: its globs are relative to the base folder.
        Path path = source.file().orElseGet(() -> displayBase.resolve(source.fileName()));
        ConfigFile config = ConfigParser.parse(path, shown, text, registry);
        config = config.withVocabulary(vocabularies.load(source, shown, config.vocabularyFiles()));
        if (config.base().isPresent()) {
            ConfigFile.Extends reference = config.base().get();
            ConfigSource baseSource = baseOf(source, reference, shown);
            extending.add(source);
            if (extending.contains(baseSource)) {
                throw new ConfigException(shown, reference.line(), reference.column(), "\"extends\": \""
                        + reference.reference() + "\" extends this config again, a cycle");
            }
            ConfigFile base;
            try {
                base = load(baseSource, extending);
            } catch (ConfigException invalid) {
                if (invalid.line() > 0 || !invalid.file().equals(baseSource.shown(displayBase))) {
                    throw invalid; // a mistake inside the base names the base's own line
                }
                throw new ConfigException(shown, reference.line(), reference.column(), "\"extends\": \""
                        + reference.reference() + "\": " + invalid.reason() + " (" + baseSource.shown(displayBase)
                        + ")");
            }
            extending.remove(source);
            config = config.extending(base, baseSource.origin(displayBase));
        }
        files.put(source, config);
        return config;
    }

    /** The config an {@code extends} names: a rule pack on the class path, else a file relative to this config. */
    private ConfigSource baseOf(ConfigSource source, ConfigFile.Extends reference, String shown)
            throws ConfigException {
        if (!RulePacks.isReference(reference.reference())) {
            return source.resolve(reference.reference());
        }
        try {
            return packs.config(reference.reference().substring(RulePacks.PREFIX.length()));
        } catch (RulePacks.UnknownPackException unknown) {
            throw new ConfigException(shown, reference.line(), reference.column(), "\"extends\": \""
                    + reference.reference() + "\": " + unknown.getMessage());
        }
    }

    /**
     * Refuses a namespaced id in {@code rules} or {@code overrides} that no config of the chain declares at or
     * before the config that names it: its own {@code customRules}, those of the configs it extends, or those of an
     * outer folder's config. A rule declared only further in would be declared again after the setting, which would
     * then change nothing.
     */
    private void checkLaterRules(List<ConfigFile> chain) throws ConfigException {
        Set<String> known = new LinkedHashSet<>();
        registry.allMetadata().forEach(metadata -> known.add(metadata.id()));
        for (ConfigFile config : chain) {
            config.customRules().forEach(rule -> known.add(rule.metadata().id()));
            for (ConfigFile.RuleReference reference : config.laterRules()) {
                if (!known.contains(reference.id())) {
                    String hint = Nearest.hint(reference.id(), known);
                    throw new ConfigException(reference.file(), reference.line(), reference.column(), "unknown rule \""
                            + reference.id() + "\"" + (hint.isEmpty()
                            ? ": no config that applies here declares it in \"customRules\"" : hint));
                }
            }
        }
    }

    /** A term both accepted and rejected is a mistake: the rejection could never apply, as an accepted term wins. */
    private static void refuseConflicts(Vocabulary vocabulary) throws ConfigException {
        Optional<Vocabulary.Conflict> conflict = vocabulary.conflict();
        if (conflict.isPresent()) {
            Vocabulary.Conflict c = conflict.get();
            throw new ConfigException(c.rejectList().file(), c.rejected().line(), c.rejected().column(), "\""
                    + c.rejected().written() + "\" is also accepted (" + c.acceptList().file() + ":"
                    + c.accepted().line() + "), and an accepted term is never reported: remove it from one list");
        }
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

    /**
     * What a rule set is made from: the settings, and the config files, whose preset, declared rules and word lists
     * it also takes. Each file is loaded once, so the same files are the same instances.
     */
    private record RuleSetKey(SameConfigs chain, Map<String, RuleSetting> settings) {
    }

    /** A chain of config files compared by instance, not by their (large) contents. */
    private record SameConfigs(List<ConfigFile> files) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof SameConfigs that) || that.files.size() != files.size()) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i) != that.files.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (ConfigFile file : files) {
                hash = 31 * hash + System.identityHashCode(file);
            }
            return hash;
        }
    }
}
