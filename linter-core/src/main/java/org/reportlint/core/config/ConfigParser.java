package org.reportlint.core.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.vocabulary.Vocabulary;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.files.Glob;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;

/**
 * Reads and validates a {@code .reportlint.json}. Every mistake (unknown key, rule, level or option, wrong type) is a
 * {@link ConfigException} at the exact line and column, with a suggestion when a known name is close. A
 * {@code namespace/id} in {@code rules} that the file does not declare is the exception: a base it extends or an outer
 * config may declare it, so {@link ConfigResolver} checks it, at the same position, once those are read.
 */
public final class ConfigParser {
    private static final Set<String> TOP_LEVEL = Set.of("$schema", "root", "extends", "rules", "include", "exclude",
            "overrides", "formats", "groups", "customRules", "vocabularies");
    private static final Set<String> OVERRIDE_KEYS = Set.of("files", "rules");
    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");

    /** The known rules and, once {@code customRules} is read, the file's own: ids in {@code rules} may name them. */
    private RuleRegistry registry;
    private final String file;
    /** Namespaced ids that {@code rules} names before the rules of bases and outer configs are known. */
    private final List<ConfigFile.RuleReference> laterRules = new ArrayList<>();

    private ConfigParser(RuleRegistry registry, String file) {
        this.registry = registry;
        this.file = file;
    }

    public static ConfigFile parse(Path path, String text, RuleRegistry registry) throws ConfigException {
        return parse(path, path.toString().replace('\\', '/'), text, registry);
    }

    /** Parses {@code text} read from {@code path}, naming the file {@code shown} in error messages. */
    public static ConfigFile parse(Path path, String shown, String text, RuleRegistry registry) throws ConfigException {
        return new ConfigParser(registry, shown).parse(path, LocatedJsonReader.read(shown, text));
    }

    private ConfigFile parse(Path path, JsonNodeAt node) throws ConfigException {
        JsonNodeAt.ObjectNode root = object(node, "the configuration");
        boolean isRoot = false;
        Optional<Preset> preset = Optional.empty();
        Optional<ConfigFile.Extends> base = Optional.empty();
        Map<String, RuleSetting> rules = Map.of();
        Optional<List<String>> include = Optional.empty();
        Optional<List<String>> exclude = Optional.empty();
        List<ConfigFile.Override> overrides = List.of();
        Map<String, DocumentFormat> formats = Map.of();
        Map<String, List<String>> groups = Map.of();
        List<ConfigFile.VocabularyFile> vocabularies = List.of();
        // Read first, wherever it stands, so that "rules" and "overrides" can set the levels of these rules.
        JsonNodeAt.Member declared = root.members().get("customRules");
        List<CustomRule> customRules = declared == null ? List.of()
                : new CustomRulesParser(file, registry).parse(declared.value());
        registry = registry.with(customRules);
        for (JsonNodeAt.Member member : root.members().values()) {
            switch (member.key()) {
                case "$schema", "customRules" -> { }
                case "root" -> isRoot = bool(member);
                case "extends" -> {
                    if (member.value() instanceof JsonNodeAt.StringNode s && isConfigReference(s.value())) {
                        base = Optional.of(reference(s));
                    } else {
                        preset = Optional.of(preset(member));
                    }
                }
                case "rules" -> rules = rules(member.value());
                case "include" -> include = Optional.of(globs(member));
                case "exclude" -> exclude = Optional.of(globs(member));
                case "overrides" -> overrides = overrides(member.value());
                case "formats" -> formats = formats(member.value());
                case "groups" -> groups = groups(member.value());
                case "vocabularies" -> vocabularies = VocabularyFiles.parse(file, member.value());
                default -> throw new ConfigException(file, member.line(), member.column(),
                        "unknown key \"" + member.key() + "\"" + Nearest.hint(member.key(), TOP_LEVEL));
            }
        }
        return new ConfigFile(path, isRoot, preset, base, rules, include, exclude, overrides, formats, groups,
                customRules, laterRules, List.of(), vocabularies, Vocabulary.none());
    }

    /** An {@code extends} that names a config file or a rule pack; a pack's name is checked here. */
    private ConfigFile.Extends reference(JsonNodeAt.StringNode node) throws ConfigException {
        if (RulePacks.isReference(node.value())) {
            Optional<String> problem = RulePacks.nameProblem(node.value().substring(RulePacks.PREFIX.length()));
            if (problem.isPresent()) {
                throw new ConfigException(file, node.line(), node.column(),
                        "\"extends\": \"" + node.value() + "\": " + problem.get());
            }
        }
        return new ConfigFile.Extends(node.value(), node.line(), node.column());
    }

    /** {@code "groups": {"NAME": ["GLOB", ...], ...}}, in file order; each name and glob list non-empty. */
    private Map<String, List<String>> groups(JsonNodeAt node) throws ConfigException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (JsonNodeAt.Member member : object(node, "\"groups\"").members().values()) {
            if (member.key().isBlank()) {
                throw new ConfigException(file, member.line(), member.column(), "a group needs a name");
            }
            if (!(member.value() instanceof JsonNodeAt.ArrayNode array) || array.items().isEmpty()) {
                throw new ConfigException(file, member.value().line(), member.value().column(), "group \""
                        + member.key() + "\" must be a non-empty list of globs, not " + member.value().typeName());
            }
            List<String> globs = new ArrayList<>();
            for (JsonNodeAt item : array.items()) {
                if (!(item instanceof JsonNodeAt.StringNode glob) || glob.value().isEmpty()) {
                    throw new ConfigException(file, item.line(), item.column(), "group \"" + member.key()
                            + "\" must hold glob strings, not " + (item instanceof JsonNodeAt.StringNode
                            ? "an empty string" : item.typeName()));
                }
                globs.add(glob("groups\" for \"" + member.key(), glob));
            }
            groups.put(member.key(), globs);
        }
        return groups;
    }

    /** {@code "formats": {"GLOB": "html" | "markdown" | "text", ...}}, in file order. */
    private Map<String, DocumentFormat> formats(JsonNodeAt node) throws ConfigException {
        List<String> ids = Arrays.stream(DocumentFormat.values()).map(DocumentFormat::id).toList();
        Map<String, DocumentFormat> formats = new LinkedHashMap<>();
        for (JsonNodeAt.Member member : object(node, "\"formats\"").members().values()) {
            if (!(member.value() instanceof JsonNodeAt.StringNode value)) {
                throw new ConfigException(file, member.value().line(), member.value().column(), "the format of \""
                        + member.key() + "\" must be one of " + String.join(", ", ids) + ", not "
                        + member.value().typeName());
            }
            Optional<String> problem = Glob.problem(member.key());
            if (problem.isPresent()) {
                throw new ConfigException(file, member.line(), member.column(),
                        "invalid glob \"" + member.key() + "\" in \"formats\": " + problem.get());
            }
            DocumentFormat format = Arrays.stream(DocumentFormat.values())
                    .filter(f -> f.id().equals(value.value())).findFirst()
                    .orElseThrow(() -> new ConfigException(file, value.line(), value.column(), "unknown format \""
                            + value.value() + "\" for \"" + member.key() + "\": use one of " + String.join(", ", ids)
                            + Nearest.hint(value.value(), ids)));
            formats.put(member.key(), format);
        }
        return formats;
    }

    private Map<String, RuleSetting> rules(JsonNodeAt node) throws ConfigException {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (JsonNodeAt.Member member : object(node, "\"rules\"").members().values()) {
            String id = member.key();
            if (registry.metadata(id).isEmpty() && CustomRulesParser.isNamespaced(id)) {
                // Declared, perhaps, by a base or an outer config: the resolver checks it once those are read.
                laterRules.add(new ConfigFile.RuleReference(id, file, member.line(), member.column()));
                settings.put(id, laterSetting(id, member.value()));
                continue;
            }
            RuleMetadata metadata = registry.metadata(id).orElseThrow(() -> new ConfigException(file, member.line(),
                    member.column(), "unknown rule \"" + id + "\"" + registry.suggest(id)
                    .map(s -> " (did you mean \"" + s + "\"?)").orElse("")));
            settings.put(id, setting(metadata, member.value()));
        }
        return settings;
    }

    /**
     * The setting of a rule declared elsewhere: a namespaced id is always a {@code customRules} rule (Java rules
     * cannot have one), and those take no options, so the setting can be read before the rule is known.
     */
    private RuleSetting laterSetting(String id, JsonNodeAt node) throws ConfigException {
        RuleMetadata declared = RuleMetadata.builder(id).summary("declared in customRules").build();
        return setting(declared, node);
    }

    private RuleSetting setting(RuleMetadata metadata, JsonNodeAt node) throws ConfigException {
        if (node instanceof JsonNodeAt.StringNode level) {
            return level(level);
        }
        if (node instanceof JsonNodeAt.ArrayNode array && !array.items().isEmpty() && array.items().size() <= 2) {
            JsonNodeAt first = array.items().get(0);
            if (!(first instanceof JsonNodeAt.StringNode level)) {
                throw new ConfigException(file, first.line(), first.column(),
                        "the level of \"" + metadata.id() + "\" must be one of " + String.join(", ", LEVELS));
            }
            RuleSetting setting = level(level);
            if (array.items().size() == 1) {
                return setting;
            }
            return new RuleSetting(setting.severity(), Optional.of(options(metadata, array.items().get(1))));
        }
        throw new ConfigException(file, node.line(), node.column(), "the setting of \"" + metadata.id()
                + "\" must be a level (" + String.join(", ", LEVELS) + ") or [level, {options}], not " + node.typeName());
    }

    private RuleSetting level(JsonNodeAt.StringNode node) throws ConfigException {
        return RuleSetting.parseLevel(node.value()).orElseThrow(() -> new ConfigException(file, node.line(),
                node.column(), "unknown level \"" + node.value() + "\": use one of " + String.join(", ", LEVELS)
                        + Nearest.hint(node.value(), LEVELS)));
    }

    private Map<String, Object> options(RuleMetadata metadata, JsonNodeAt node) throws ConfigException {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> known = metadata.options().stream().map(OptionSpec::name).toList();
        for (JsonNodeAt.Member member : object(node, "the options of \"" + metadata.id() + "\"").members().values()) {
            OptionSpec spec = metadata.options().stream().filter(o -> o.name().equals(member.key())).findFirst()
                    .orElseThrow(() -> new ConfigException(file, member.line(), member.column(),
                            "unknown option \"" + member.key() + "\" for rule \"" + metadata.id() + "\""
                                    + (known.isEmpty() ? " (it has no options)" : Nearest.hint(member.key(), known))));
            values.put(spec.name(), OptionValidator.convert(file, spec, member.value()));
        }
        Map<String, String> invalid = registry.validateOptions(metadata.id(), RuleOptions.of(values));
        for (Map.Entry<String, String> problem : invalid.entrySet()) {
            JsonNodeAt.Member member = ((JsonNodeAt.ObjectNode) node).members().get(problem.getKey());
            JsonNodeAt at = member == null ? node : member.value();
            throw new ConfigException(file, at.line(), at.column(), "option \"" + problem.getKey()
                    + "\" of rule \"" + metadata.id() + "\": " + problem.getValue());
        }
        return values;
    }

    private List<ConfigFile.Override> overrides(JsonNodeAt node) throws ConfigException {
        if (!(node instanceof JsonNodeAt.ArrayNode array)) {
            throw new ConfigException(file, node.line(), node.column(), "\"overrides\" must be an array, not " + node.typeName());
        }
        List<ConfigFile.Override> overrides = new ArrayList<>();
        for (JsonNodeAt item : array.items()) {
            JsonNodeAt.ObjectNode override = object(item, "an override");
            List<String> files = null;
            Map<String, RuleSetting> rules = Map.of();
            for (JsonNodeAt.Member member : override.members().values()) {
                switch (member.key()) {
                    case "files" -> files = member.value() instanceof JsonNodeAt.StringNode s
                            ? List.of(glob(member.key(), s)) : globs(member);
                    case "rules" -> rules = rules(member.value());
                    default -> throw new ConfigException(file, member.line(), member.column(),
                            "unknown key \"" + member.key() + "\" in an override" + Nearest.hint(member.key(), OVERRIDE_KEYS));
                }
            }
            if (files == null) {
                throw new ConfigException(file, override.line(), override.column(), "an override needs \"files\"");
            }
            overrides.add(new ConfigFile.Override(files, rules));
        }
        return overrides;
    }

    private JsonNodeAt.ObjectNode object(JsonNodeAt node, String what) throws ConfigException {
        if (node instanceof JsonNodeAt.ObjectNode object) {
            return object;
        }
        throw new ConfigException(file, node.line(), node.column(), what + " must be an object, not " + node.typeName());
    }

    private boolean bool(JsonNodeAt.Member member) throws ConfigException {
        if (member.value() instanceof JsonNodeAt.BooleanNode b) {
            return b.value();
        }
        throw new ConfigException(file, member.value().line(), member.value().column(),
                "\"" + member.key() + "\" must be true or false, not " + member.value().typeName());
    }

    /**
     * An {@code extends} that names a config file rather than a preset: a path ending in {@code .json}, or a rule
     * pack, {@code pack:NAME}.
     */
    static boolean isConfigReference(String value) {
        return value.endsWith(".json") || RulePacks.isReference(value);
    }

    private Preset preset(JsonNodeAt.Member member) throws ConfigException {
        List<String> names = java.util.Arrays.stream(Preset.values()).map(Preset::id).toList();
        if (member.value() instanceof JsonNodeAt.StringNode s) {
            return Preset.fromId(s.value()).orElseThrow(() -> new ConfigException(file, s.line(), s.column(),
                    "unknown preset \"" + s.value() + "\": use one of " + String.join(", ", names) + Nearest.hint(s.value(), names)));
        }
        throw new ConfigException(file, member.value().line(), member.value().column(),
                "\"extends\" must be a preset name (" + String.join(", ", names) + "), a rule pack (pack:NAME) or "
                        + "the path of a config file ending in .json, not " + member.value().typeName());
    }

    /** A glob of {@code key}, refused with its position when it cannot mean what was written. */
    private String glob(String key, JsonNodeAt.StringNode node) throws ConfigException {
        Optional<String> problem = Glob.problem(node.value());
        if (problem.isPresent()) {
            throw new ConfigException(file, node.line(), node.column(),
                    "invalid glob \"" + node.value() + "\" in \"" + key + "\": " + problem.get());
        }
        return node.value();
    }

    private List<String> globs(JsonNodeAt.Member member) throws ConfigException {
        if (member.value() instanceof JsonNodeAt.ArrayNode array) {
            List<String> globs = new ArrayList<>();
            for (JsonNodeAt item : array.items()) {
                if (!(item instanceof JsonNodeAt.StringNode s)) {
                    throw new ConfigException(file, item.line(), item.column(),
                            "\"" + member.key() + "\" must hold glob strings, not " + item.typeName());
                }
                globs.add(glob(member.key(), s));
            }
            return globs;
        }
        throw new ConfigException(file, member.value().line(), member.value().column(),
                "\"" + member.key() + "\" must be an array of globs, not " + member.value().typeName());
    }
}
