package org.reportlint.core.format.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import org.reportlint.core.source.SourceSpan;

/** The JSON building blocks SARIF repeats: indented output, text that always encodes, messages and locations. */
final class SarifJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SarifJson() {
    }

    /** A generator that indents by two spaces with {@code \n} line ends whatever the platform's are. */
    static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    }

    /** A string field; a lone surrogate, which no UTF-8 writer could encode, becomes U+FFFD. */
    static void text(JsonGenerator json, String field, String value) throws IOException {
        json.writeStringField(field, Utf16.withoutLoneSurrogates(value));
    }

    /** A SARIF message object: {@code "field": {"text": value}}. */
    static void message(JsonGenerator json, String field, String value) throws IOException {
        json.writeObjectFieldStart(field);
        text(json, "text", value);
        json.writeEndObject();
    }

    /** The {@code artifactLocation} of a reported path. */
    static void artifactLocation(JsonGenerator json, String path) throws IOException {
        ArtifactUri location = ArtifactUri.of(path);
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", location.uri());
        if (location.uriBaseId().isPresent()) {
            json.writeStringField("uriBaseId", location.uriBaseId().get());
        }
        json.writeEndObject();
    }

    /** A {@code physicalLocation} with a region; {@code snippet} is left out when empty. */
    static void physicalLocation(JsonGenerator json, String path, SourceSpan span, String snippet)
            throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(json, path);
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", span.start().line());
        json.writeNumberField("startColumn", span.start().column());
        json.writeNumberField("endLine", span.end().line());
        json.writeNumberField("endColumn", span.end().column());
        json.writeNumberField("charOffset", span.startOffset());
        json.writeNumberField("charLength", span.length());
        if (!snippet.isEmpty()) {
            json.writeObjectFieldStart("snippet");
            text(json, "text", snippet);
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
