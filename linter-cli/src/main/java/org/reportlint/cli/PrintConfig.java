package org.reportlint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.EffectiveConfig;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UsageException;
import org.reportlint.core.vocabulary.VocabularyList;

/** {@code --print-config FILE}: the configuration in effect for one file, as JSON, and where it came from. */
final class PrintConfig {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CliEnvironment environment;
    private final PrintWriter out;

    PrintConfig(CliEnvironment environment, PrintWriter out) {
        this.environment = environment;
        this.out = out;
    }

    int print(CheckOptions options, RuleRegistry registry) throws UsageException {
        java.util.Map<String, org.reportlint.core.config.RuleSetting> commandLine = new java.util.LinkedHashMap<>();
        for (RuleOverride override : options.ruleOverrides()) {
            LintRunner.requireKnownRule(registry, override.id());
            commandLine.remove(override.id());
            commandLine.put(override.id(), override.setting(registry));
        }
        Optional<Path> explicit = Optional.ofNullable(options.config).map(environment.workingDirectory()::resolve);
        if (explicit.isPresent() && !java.nio.file.Files.isRegularFile(explicit.get())) {
            throw new UsageException("no such config file: " + options.config);
        }
        Path file = environment.workingDirectory().resolve(options.printConfig).toAbsolutePath().normalize();
        EffectiveConfig effective;
        List<ConfigFile> chain;
        try {
            ConfigResolver resolver = new ConfigResolver(registry, commandLine, environment.workingDirectory(),
                    explicit.map(ConfigSource::file), PackPath.of(options.packPaths, environment.workingDirectory()));
            effective = resolver.effective(file);
            chain = resolver.chainFor(file.getParent() == null ? file : file.getParent());
        } catch (ConfigException invalid) {
            throw new UsageException(invalid.getMessage());
        }
        Map<String, CustomRule> declared = new LinkedHashMap<>();
        chain.forEach(config -> config.customRules().forEach(rule -> declared.put(rule.metadata().id(), rule)));
        RuleRegistry known = registry.with(declared.values());
        ObjectNode root = JSON.createObjectNode();
        root.put("file", options.printConfig.replace('\\', '/'));
        ArrayNode sources = root.putArray("configFiles");
        effective.sources().forEach(source -> sources.add(source.toString().replace('\\', '/')));
        // What the config files extend, rule packs with the jar or folder they were read from.
        ArrayNode bases = root.putArray("baseConfigs");
        chain.forEach(config -> config.bases().forEach(base -> bases.add(base.replace('\\', '/'))));
        root.put("extends", effective.preset().id());
        // "auto": no formats map names the file, so its format is detected from its name and content.
        root.put("format", effective.format().map(DocumentFormat::id).orElse("auto"));
        // The word lists in effect, outer config first; a list several configs name is read and shown once.
        ArrayNode vocabularies = root.putArray("vocabularies");
        for (VocabularyList list : effective.rules().vocabulary().lists()) {
            vocabularies.addObject().put(list.kind().key(), list.file()).put("entries", list.entries().size());
        }
        ObjectNode rules = root.putObject("rules");
        for (RuleMetadata metadata : known.allMetadata()) {
            Optional<ConfiguredRule> configured = effective.rules().rules().stream()
                    .filter(r -> r.id().equals(metadata.id())).findFirst();
            String level = effective.rules().severity(metadata.id()).map(s -> s.id()).orElse("off");
            if (configured.isPresent() && !configured.get().options().values().isEmpty()) {
                ArrayNode setting = rules.putArray(metadata.id());
                setting.add(level);
                setting.add(JSON.valueToTree(new java.util.TreeMap<>(configured.get().options().values())));
            } else {
                rules.put(metadata.id(), level);
            }
        }
        ObjectNode origins = root.putObject("customRules");
        declared.values().forEach(rule -> origins.put(rule.metadata().id(), rule.declaredIn()));
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        out.flush();
        return 0;
    }
}
