package org.reportlint.spark.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfiguredGroups;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.Linter;
import org.reportlint.spark.LintConfig;
import org.reportlint.spark.LintConfigException;

/**
 * The rules of one configuration in one JVM: the registry loaded once per JVM with {@link java.util.ServiceLoader},
 * and per configuration a resolver that caches what it resolved, so an executor loads rules and parses the config
 * once, not once per task or document. Shared by every task thread of the JVM; the resolver is thread-safe.
 *
 * <p>These maps are the module's only static state: a cache of values derived from immutable inputs.
 */
public final class JvmRules {
    /** The folder the config applies in: documents resolve as if they were under it, at their relative paths. */
    private static final Path BASE = Path.of("/").toAbsolutePath();
    private static final ConcurrentMap<ClassLoader, RuleRegistry> REGISTRIES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<LintConfig, JvmRules> BY_CONFIG = new ConcurrentHashMap<>();

    private final RuleRegistry registry;
    private final ConfigResolver resolver;
    private final Optional<ConfigFile> configFile;
    private final DocumentGroups groups;
    private final Linter linter = new Linter();

    private JvmRules(RuleRegistry registry, ConfigResolver resolver, List<ConfigFile> chain) {
        this.registry = registry;
        this.resolver = resolver;
        this.configFile = chain.stream().findFirst();
        this.groups = ConfiguredGroups.of(chain, BASE);
    }

    /** The rules of {@code config} in this JVM, resolved on first use. */
    public static JvmRules of(LintConfig config) throws LintConfigException {
        JvmRules known = BY_CONFIG.get(config);
        if (known != null) {
            return known;
        }
        RuleRegistry registry = registry();
        ConfigResolver resolver = new ConfigResolver(registry, config.ruleSettings(registry), BASE,
                Optional.of(config.bundle().source()));
        List<ConfigFile> chain;
        try {
            chain = resolver.chainFor(BASE);
        } catch (ConfigException invalid) {
            throw new LintConfigException(invalid.getMessage());
        }
        JvmRules rules = new JvmRules(registry, resolver, chain);
        BY_CONFIG.putIfAbsent(config, rules);
        return BY_CONFIG.get(config);
    }

    /**
     * The rules on the class path of this thread's context class loader, which on an executor also sees the jars
     * the job was submitted with.
     */
    public static RuleRegistry registry() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = JvmRules.class.getClassLoader();
        }
        return REGISTRIES.computeIfAbsent(loader, RuleRegistry::load);
    }

    public RuleRegistry rules() {
        return registry;
    }

    public Linter linter() {
        return linter;
    }

    /** The config file, merged with the configs it extends; empty for the preset alone. */
    public Optional<ConfigFile> configFile() {
        return configFile;
    }

    /**
     * The configured group of a document at {@code relativePath}: cross-document rules compare it only with the
     * documents of its group, as the CLI does; empty when the config has no {@code groups} or none matches.
     */
    public Optional<String> groupOf(String relativePath) {
        return groups.configuredGroupOf(relativePath.replaceFirst("^/+", ""));
    }

    /** The names of the groups the config defines, empty when it has no {@code groups}. */
    public List<String> groupNames() {
        return groups.names();
    }

    /**
     * The settings of a document at {@code relativePath} under the folder the run reads.
     *
     * @throws ConfigException when the configuration does not resolve for that path
     */
    public FileSettings settingsFor(String relativePath) throws ConfigException {
        Path location;
        try {
            location = BASE.resolve(relativePath.replaceFirst("^/+", ""));
        } catch (InvalidPathException unusable) {
            throw new ConfigException(relativePath, 0, 0, "not a usable path: " + unusable.getReason());
        }
        return resolver.settingsFor(location);
    }
}
