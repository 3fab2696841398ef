package org.reportlint.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.spark.internal.ConfigBundle;
import org.reportlint.spark.internal.JvmRules;

/**
 * The configuration of a Spark lint run, in a form that travels to executors: the text of a {@code .reportlint.json}
 * and of every config it {@code extends}, read once on the driver, and the rule levels given for the run (the CLI's
 * {@code --rule} and {@code --disable}), applied last. Every part is checked against the rules on the driver's class
 * path when it is made, so a mistake stops the run before any document is read.
 *
 * <p>There is no discovery: documents in object storage have no folders to walk up. Without a config file the run
 * uses the {@code recommended} preset. Globs in the config ({@code overrides}, {@code formats}, {@code include},
 * {@code exclude}) match a document's path relative to the folder the job reads (or the {@code path} column), as if
 * the config file sat in that folder. Immutable; equal configurations are equal values.
 */
public final class LintConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ConfigBundle bundle;
    /** Rule id to level as typed ({@code off}, {@code info}, {@code warning}, {@code error}, empty for the default). */
    private final LinkedHashMap<String, String> levels;

    private LintConfig(ConfigBundle bundle, LinkedHashMap<String, String> levels) {
        this.bundle = bundle;
        this.levels = levels;
    }

    /** The {@code recommended} preset and nothing else. */
    public static LintConfig recommended() {
        return new LintConfig(ConfigBundle.empty(), new LinkedHashMap<>());
    }

    /**
     * The configuration in {@code file} and every config it extends, read now.
     *
     * @throws LintConfigException naming the file, line and column of an invalid config, or why it cannot be read
     */
    public static LintConfig fromFile(Path file) throws LintConfigException {
        if (!Files.isRegularFile(file)) {
            throw new LintConfigException("no such config file: " + file);
        }
        return checked(ConfigBundle.read(file));
    }

    /**
     * A configuration given as JSON text, such as one a pipeline keeps in its own settings; {@code name} is how
     * messages call it. It cannot extend another config file.
     */
    public static LintConfig fromJson(String name, String json) throws LintConfigException {
        return checked(ConfigBundle.ofText(name, json));
    }

    private static LintConfig checked(ConfigBundle bundle) throws LintConfigException {
        LintConfig config = new LintConfig(bundle, new LinkedHashMap<>());
        config.validate();
        return config;
    }

    /**
     * The same configuration with one rule set for the run, as {@code --rule ID=LEVEL} does; a null or empty level
     * turns the rule on at its default severity.
     *
     * @throws LintConfigException for an unknown rule id (with the nearest id) or level
     */
    public LintConfig withRule(String id, String level) throws LintConfigException {
        LinkedHashMap<String, String> more = new LinkedHashMap<>(levels);
        more.remove(id);
        more.put(id, level == null ? "" : level.trim());
        LintConfig config = new LintConfig(bundle, more);
        config.validate();
        return config;
    }

    /** The same configuration with one rule off, as {@code --disable ID} does. */
    public LintConfig withRuleDisabled(String id) throws LintConfigException {
        return withRule(id, "off");
    }

    /** The include globs of the config file, when it has them. */
    public Optional<List<String>> include() {
        return configFile().flatMap(ConfigFile::include);
    }

    /** The exclude globs of the config file, when it has them. */
    public Optional<List<String>> exclude() {
        return configFile().flatMap(ConfigFile::exclude);
    }

    /** How messages name the config file, or empty when the run has none. */
    public Optional<String> name() {
        return bundle.name();
    }

    /** The rule levels given for the run, by id, in the order given; {@code ""} is the rule's default severity. */
    public Map<String, String> ruleLevels() {
        return Collections.unmodifiableMap(levels);
    }

    /** The settings of {@link #ruleLevels} for the rules of {@code registry}. */
    public Map<String, RuleSetting> ruleSettings(RuleRegistry registry) throws LintConfigException {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : levels.entrySet()) {
            String id = entry.getKey();
            if (registry.metadata(id).isEmpty()) {
                throw new LintConfigException("unknown rule \"" + id + "\""
                        + registry.suggest(id).map(meant -> " (did you mean \"" + meant + "\"?)").orElse(""));
            }
            if (entry.getValue().isEmpty()) {
                settings.put(id, RuleSetting.of(registry.metadata(id).orElseThrow().defaultSeverity()));
                continue;
            }
            Optional<RuleSetting> setting = RuleSetting.parseLevel(entry.getValue());
            if (setting.isEmpty()) {
                throw new LintConfigException("invalid level \"" + entry.getValue() + "\" for rule \"" + id
                        + "\" (use off, info, warning or error)");
            }
            settings.put(id, setting.get());
        }
        return settings;
    }

    /** The config file's sources, for the resolver of each JVM. */
    public ConfigBundle bundle() {
        return bundle;
    }

    private Optional<ConfigFile> configFile() {
        try {
            return JvmRules.of(this).configFile();
        } catch (LintConfigException invalid) {
            return Optional.empty(); // cannot happen: checked when the value was made
        }
    }

    private void validate() throws LintConfigException {
        JvmRules.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LintConfig that && bundle.equals(that.bundle) && levels.equals(that.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bundle, levels);
    }

    @Override
    public String toString() {
        return "LintConfig[" + bundle.name().orElse("recommended") + ", rules=" + levels + "]";
    }
}
