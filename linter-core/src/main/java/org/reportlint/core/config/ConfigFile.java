package org.reportlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.vocabulary.Vocabulary;
import org.reportlint.core.vocabulary.VocabularyList;

/**
 * One validated {@code .reportlint.json}.
 *
 * @param path where it was read from
 * @param root whether discovery stops here instead of also applying configuration from parent folders
 * @param preset the {@code extends} preset, if given
 * @param base the config file {@code extends} names, if it names one instead of a preset; the resolver merges it in
 * @param rules rule settings in file order
 * @param include globs of files to lint when walking folders, relative to the config's folder, if given
 * @param exclude globs of files to skip, if given
 * @param overrides per-glob rule settings, applied after {@code rules} in file order
 * @param formats the format to read files as, by glob relative to the config's folder, in file order (a later
 *     match wins)
 * @param groups named groups of documents (a template, a vendor) by globs relative to the config's folder, in file
 *     order (the first group that matches a file is its group); empty to group by top-level folder
 * @param customRules the rules the file declares in {@code customRules}, in file order
 * @param laterRules the {@code namespace/id} rules that {@code rules} and {@code overrides} name but the file does
 *     not declare: a base it extends or an outer config may; the resolver checks them once those are known
 * @param bases where the configs merged in through {@code extends} were read from, nearest first
 * @param vocabularyFiles the word list files its {@code vocabularies} name, as written, in file order
 * @param vocabulary the word lists in effect for it once read: its own and its bases' ({@code extends}); empty
 *     until the resolver reads them
 */
public record ConfigFile(Path path, boolean root, Optional<Preset> preset, Optional<Extends> base,
                         Map<String, RuleSetting> rules, Optional<List<String>> include,
                         Optional<List<String>> exclude, List<Override> overrides,
                         Map<String, DocumentFormat> formats, Map<String, List<String>> groups,
                         List<CustomRule> customRules, List<RuleReference> laterRules, List<String> bases,
                         List<VocabularyFile> vocabularyFiles, Vocabulary vocabulary) {

    /** A config file that names only the rules it knows itself, extends no other file and has no word lists. */
    public ConfigFile(Path path, boolean root, Optional<Preset> preset, Optional<Extends> base,
                      Map<String, RuleSetting> rules, Optional<List<String>> include,
                      Optional<List<String>> exclude, List<Override> overrides,
                      Map<String, DocumentFormat> formats, Map<String, List<String>> groups,
                      List<CustomRule> customRules) {
        this(path, root, preset, base, rules, include, exclude, overrides, formats, groups, customRules, List.of(),
                List.of(), List.of(), Vocabulary.none());
    }

    /** A config file without groups or rules of its own. */
    public ConfigFile(Path path, boolean root, Optional<Preset> preset, Optional<Extends> base,
                      Map<String, RuleSetting> rules, Optional<List<String>> include,
                      Optional<List<String>> exclude, List<Override> overrides,
                      Map<String, DocumentFormat> formats) {
        this(path, root, preset, base, rules, include, exclude, overrides, formats, Map.of(), List.of());
    }

    /**
     * A word list file named in {@code vocabularies}: whether it accepts or rejects, the path as written (relative
     * to the config), and where it is written, for messages.
     */
    public record VocabularyFile(VocabularyList.Kind kind, String reference, int line, int column) {
    }

    /** The same config with {@code lists} as its vocabulary. */
    public ConfigFile withVocabulary(Vocabulary lists) {
        return new ConfigFile(path, root, preset, base, rules, include, exclude, overrides, formats, groups,
                customRules, laterRules, bases, vocabularyFiles, lists);
    }

    /** An {@code "extends": "./shared.json"}: the path as written, and where it is written, for messages. */
    public record Extends(String reference, int line, int column) {
    }

    /** A rule id as written in {@code rules} or {@code overrides}, and where, for the message if it names no rule. */
    public record RuleReference(String id, String file, int line, int column) {
    }

    /** Rule settings for the files that match any of the globs. */
    public record Override(List<String> files, Map<String, RuleSetting> rules) {
        public Override {
            files = List.copyOf(files);
            rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        }
    }

    public ConfigFile {
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        include = include.map(List::copyOf);
        exclude = exclude.map(List::copyOf);
        overrides = List.copyOf(overrides);
        formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
        java.util.Map<String, List<String>> copied = new java.util.LinkedHashMap<>();
        groups.forEach((name, globs) -> copied.put(name, List.copyOf(globs)));
        groups = java.util.Collections.unmodifiableMap(copied);
        customRules = List.copyOf(customRules);
        laterRules = List.copyOf(laterRules);
        bases = List.copyOf(bases);
        vocabularyFiles = List.copyOf(vocabularyFiles);
        java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /**
     * This config with {@code base} under it, as if {@code base}'s content were written first: its preset, include
     * and exclude unless this one has its own, its rules, overrides, formats and word lists before this one's. Globs stay relative
     * to this config's folder, wherever the base was read from, so a shared base means the same in every project.
     */
    public ConfigFile extending(ConfigFile parent) {
        return extending(parent, parent.path.toString());
    }

    /** {@link #extending(ConfigFile)}, recording that the base was read from {@code origin}. */
    public ConfigFile extending(ConfigFile parent, String origin) {
        Map<String, RuleSetting> merged = new java.util.LinkedHashMap<>(parent.rules);
        rules.forEach((id, setting) -> {
            RuleSetting previous = merged.remove(id);
            // A level without options keeps the options the base gave, as a nested config's level does.
            boolean keepOptions = previous != null && setting.options().isEmpty() && previous.options().isPresent();
            merged.put(id, keepOptions ? new RuleSetting(setting.severity(), previous.options()) : setting);
        });
        List<Override> allOverrides = new java.util.ArrayList<>(parent.overrides);
        allOverrides.addAll(overrides);
        Map<String, DocumentFormat> allFormats = new java.util.LinkedHashMap<>();
        parent.formats.forEach(allFormats::put);
        formats.forEach((glob, format) -> {
            allFormats.remove(glob); // re-inserted last: in a formats map the later match wins
            allFormats.put(glob, format);
        });
        // This config's groups come first: the first group that matches a file is its group.
        Map<String, List<String>> allGroups = new java.util.LinkedHashMap<>(groups);
        parent.groups.forEach(allGroups::putIfAbsent);
        List<CustomRule> allCustomRules = new java.util.ArrayList<>(parent.customRules);
        allCustomRules.addAll(customRules);
        // The base's references are checked where this config is, with this config's rules and its outer ones known.
        List<RuleReference> allLaterRules = new java.util.ArrayList<>(parent.laterRules);
        allLaterRules.addAll(laterRules);
        List<String> allBases = new java.util.ArrayList<>(bases);
        allBases.add(origin);
        allBases.addAll(parent.bases);
        return new ConfigFile(path, root, preset.or(parent::preset), Optional.empty(), merged,
                include.or(parent::include), exclude.or(parent::exclude), allOverrides, allFormats, allGroups,
                allCustomRules, allLaterRules, allBases, vocabularyFiles, parent.vocabulary.plus(vocabulary));
    }

    /** The folder the config's globs are relative to. */
    public Path directory() {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }
}
