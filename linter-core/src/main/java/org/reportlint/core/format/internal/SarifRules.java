package org.reportlint.core.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportlint.core.format.MarkdownText;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.RuleExample;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * The {@code tool.driver.rules} of a SARIF run: a descriptor for each rule that has at least one result, in id order,
 * so a report describes what it cites and stays small. A rule the run has no metadata for still gets a descriptor
 * with its id, so every result's {@code ruleIndex} is valid.
 */
final class SarifRules {
    private final List<String> ids;
    private final Map<String, RuleMetadata> metadata;

    private SarifRules(List<String> ids, Map<String, RuleMetadata> metadata) {
        this.ids = ids;
        this.metadata = metadata;
    }

    static SarifRules cited(LintResult result, List<RuleMetadata> known) {
        List<String> ids = new ArrayList<>();
        for (FileResult file : result.files()) {
            file.findings().forEach(finding -> ids.add(finding.rule()));
        }
        return cited(ids, known);
    }

    /** The descriptors of {@code ruleIds}, the rules of the results a report holds. */
    static SarifRules cited(Collection<String> ruleIds, List<RuleMetadata> known) {
        TreeSet<String> ids = new TreeSet<>(ruleIds);
        Map<String, RuleMetadata> byId = known.stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (first, second) -> first));
        return new SarifRules(new ArrayList<>(ids), byId);
    }

    /** The position of a rule's descriptor, which results cite as {@code ruleIndex}. */
    int index(String ruleId) {
        return ids.indexOf(ruleId);
    }

    void write(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("rules");
        for (String id : ids) {
            writeDescriptor(json, id, Optional.ofNullable(metadata.get(id)));
        }
        json.writeEndArray();
    }

    private static void writeDescriptor(JsonGenerator json, String id, Optional<RuleMetadata> rule)
            throws IOException {
        json.writeStartObject();
        SarifJson.text(json, "id", id);
        SarifJson.text(json, "name", pascalCase(id));
        if (rule.isEmpty()) {
            SarifJson.message(json, "shortDescription", id);
            json.writeEndObject();
            return;
        }
        RuleMetadata m = rule.get();
        String summary = m.summary().isBlank() ? id : m.summary();
        String description = m.description().isBlank() ? summary : m.description();
        SarifJson.message(json, "shortDescription", summary);
        SarifJson.message(json, "fullDescription", description);
        if (m.docsUrl().isPresent()) {
            SarifJson.text(json, "helpUri", m.docsUrl().get());
        }
        json.writeObjectFieldStart("help");
        SarifJson.text(json, "text", helpText(description, m.examples()));
        SarifJson.text(json, "markdown", helpMarkdown(description, m.examples()));
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(m.defaultSeverity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString("reportlint");
        if (m.recommended()) {
            json.writeString("recommended");
        }
        if (m.fixable()) {
            json.writeString("fixable");
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code split-name} becomes {@code SplitName}: SARIF wants a readable identifier beside the opaque id. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-' || c == '_' || c == '.') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String helpText(String description, List<RuleExample> examples) {
        StringBuilder text = new StringBuilder(description);
        for (RuleExample example : examples) {
            text.append("\n\nFlagged:\n").append(indent(example.failing()))
                    .append("\nAccepted:\n").append(indent(example.passing()));
        }
        return text.toString();
    }

    private static String helpMarkdown(String description, List<RuleExample> examples) {
        StringBuilder markdown = new StringBuilder(MarkdownText.escape(description));
        for (RuleExample example : examples) {
            markdown.append("\n\nFlagged:\n\n").append(MarkdownText.fenced(example.failing()))
                    .append("\n\nAccepted:\n\n").append(MarkdownText.fenced(example.passing()));
        }
        return markdown.toString();
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
