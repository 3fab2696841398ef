package org.reportlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.RuleMetadata;

/**
 * {@code reportlint rules --format json}: one object per rule, in the table's order, with the fields an editor
 * integration or a docs generator needs; {@code docsUrl} only for a rule that has a page.
 */
final class RulesJson {
    private static final JsonFactory JSON = new JsonFactory();

    private RulesJson() {
    }

    static String of(RuleRegistry registry) {
        Set<String> acrossDocuments = registry.crossDocumentRules().stream().map(rule -> rule.metadata().id())
                .collect(Collectors.toSet());
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (RuleMetadata rule : registry.allMetadata()) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("severity", rule.defaultSeverity().id());
                json.writeBooleanField("fixable", rule.fixable());
                json.writeBooleanField("recommended", rule.recommended());
                json.writeStringField("summary", rule.summary());
                if (rule.docsUrl().isPresent()) {
                    json.writeStringField("docsUrl", rule.docsUrl().get());
                }
                json.writeBooleanField("acrossDocuments", acrossDocuments.contains(rule.id()));
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to a string failed", impossible);
        }
        return out.append('\n').toString();
    }
}
