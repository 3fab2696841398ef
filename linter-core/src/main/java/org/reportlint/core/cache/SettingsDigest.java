package org.reportlint.core.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.reportlint.core.config.ConfiguredCrossDocumentRule;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.RuleMetadata;

/**
 * A digest of everything configuration decides about one file, which is everything the linter receives besides
 * its bytes and path: the word lists in effect (their content), the format it is read as, the charset it is read in when it declares none, every enabled rule with its level, its options and the code that
 * implements it, and the level of each engine finding. It is taken from the settings after presets, nested config
 * files, overrides and {@code --rule}/{@code --disable} are applied, so any of them that changes a file's rules
 * changes its digest, and one that changes nothing (a comment, another folder's override) keeps it.
 */
final class SettingsDigest {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Implementations implementations = new Implementations();
    private final Map<FileSettings, String> digests = new ConcurrentHashMap<>();

    /** The digest of {@code settings}; files that share a rule set share the work. */
    String of(FileSettings settings) {
        return digests.computeIfAbsent(settings, this::compute);
    }

    /** The canonical text that is digested; one line per fact, in a fixed order. */
    String describe(FileSettings settings) {
        StringBuilder text = new StringBuilder();
        // The engine parses, decodes and reports encoding damage and unused suppressions itself.
        text.append("engine ").append(implementations.of(Linter.class)).append('\n');
        text.append("format ").append(settings.format().map(format -> format.id()).orElse("detected")).append('\n');
        // The same bytes read in another charset are another text.
        text.append("fallback-charset ").append(settings.fallbackCharset().name()).append('\n');
        for (RuleMetadata engineRule : EngineRules.ALL) {
            text.append("engine-rule ").append(engineRule.id()).append(' ')
                    .append(settings.rules().engineSeverity(engineRule.id()).map(s -> s.id()).orElse("off"))
                    .append('\n');
        }
        for (ConfiguredRule rule : settings.rules().rules()) {
            text.append("rule ").append(rule.id()).append(' ').append(rule.severity().id()).append(' ')
                    .append(options(rule.options())).append(' ').append(implementations.of(rule.rule().getClass()))
                    .append('\n');
            if (rule.rule() instanceof CustomRule declared) {
                // One class implements every rule of a kind: what this one checks is in its definition.
                text.append("definition ").append(Sha256.of(declared.definition())).append('\n');
            }
        }
        if (!settings.rules().vocabulary().isEmpty()) {
            // The lists' content, not their names: an edited list file changes what is accepted and rejected.
            text.append("vocabulary ").append(Sha256.of(settings.rules().vocabulary().definition())).append('\n');
        }
        for (ConfiguredCrossDocumentRule rule : settings.rules().crossDocumentRules()) {
            text.append("cross-document-rule ").append(rule.id()).append(' ').append(rule.severity().id()).append(' ')
                    .append(options(rule.options())).append(' ')
                    .append(implementations.of(rule.rule().getClass())).append('\n');
        }
        return text.toString();
    }

    private String compute(FileSettings settings) {
        return Sha256.of(describe(settings));
    }

    /** Options as JSON with sorted keys: an Integer and a Double, or a string and a list, never look alike. */
    private static String options(RuleOptions options) {
        try {
            return CANONICAL.writeValueAsString(new TreeMap<>(options.values()));
        } catch (JsonProcessingException unexpected) {
            // Validated options are strings, numbers, booleans and lists of strings: always serialisable.
            throw new IllegalStateException(unexpected);
        }
    }
}
