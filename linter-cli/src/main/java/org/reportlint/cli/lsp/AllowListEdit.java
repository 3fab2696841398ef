package org.reportlint.cli.lsp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.Optional;

/**
 * The one insertion into a {@code .reportlint.json} text that adds a value to a rule's {@code allow} list, made in
 * place so the file's comments, order and layout stay as they are. The positions come from Jackson's streaming
 * parser, which reads the same comment-and-trailing-comma dialect as the core's configuration reader.
 */
final class AllowListEdit {
    static final String OPTION = "allow";
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Replace {@code [start, end)} of the config text with {@code text}. */
    record Insertion(int start, int end, String text) {
    }

    private AllowListEdit() {
    }

    /**
     * The edit that allows {@code value} for {@code rule}, which stays at {@code level}; empty when the text is not
     * a JSON object or the value is allowed already.
     */
    static Optional<Insertion> of(String config, String rule, String level, String allowed) {
        String quoted = quote(allowed);
        String newSetting = "[" + quote(level) + ", {\"" + OPTION + "\": [" + quoted + "]}]";
        try (JsonParser parser = JSON.createParser(config)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            int rootOpen = end(parser);
            int firstMember = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                firstMember = firstMember < 0 ? start(parser) : firstMember;
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("rules") && value == JsonToken.START_OBJECT) {
                    return inRules(config, parser, rule, newSetting, quoted);
                }
                parser.skipChildren();
            }
            String member = "\"rules\": {" + quote(rule) + ": " + newSetting + "}";
            return Optional.of(firstMember < 0 ? new Insertion(rootOpen, rootOpen, "\n  " + member + "\n")
                    : before(config, firstMember, member));
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Insertion> inRules(String config, JsonParser parser, String rule, String newSetting,
                                               String quoted) throws IOException {
        int rulesOpen = end(parser);
        int firstMember = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            firstMember = firstMember < 0 ? start(parser) : firstMember;
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!key.equals(rule)) {
                parser.skipChildren();
                continue;
            }
            if (value == JsonToken.VALUE_STRING) {
                String level = parser.getText();
                int start = start(parser);
                return Optional.of(new Insertion(start, end(parser),
                        "[" + quote(level) + ", {\"" + OPTION + "\": [" + quoted + "]}]"));
            }
            if (value != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            return inSetting(parser, quoted);
        }
        String member = quote(rule) + ": " + newSetting;
        return Optional.of(firstMember < 0 ? new Insertion(rulesOpen, rulesOpen, member)
                : before(config, firstMember, member));
    }

    /** Inside {@code [level, {options}]}. */
    private static Optional<Insertion> inSetting(JsonParser parser, String quoted) throws IOException {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            return Optional.empty();
        }
        int afterLevel = end(parser);
        JsonToken next = parser.nextToken();
        if (next == JsonToken.END_ARRAY) {
            return Optional.of(new Insertion(afterLevel, afterLevel, ", {\"" + OPTION + "\": [" + quoted + "]}"));
        }
        if (next != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        int optionsOpen = end(parser);
        boolean empty = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            empty = false;
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!key.equals(OPTION) || value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            int arrayOpen = end(parser);
            int lastEnd = -1;
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                if (item == JsonToken.VALUE_STRING && quote(parser.getText()).equals(quoted)) {
                    return Optional.empty();
                }
                parser.skipChildren();
                lastEnd = end(parser);
            }
            return Optional.of(lastEnd < 0 ? new Insertion(arrayOpen, arrayOpen, quoted)
                    : new Insertion(lastEnd, lastEnd, ", " + quoted));
        }
        String member = "\"" + OPTION + "\": [" + quoted + "]";
        return Optional.of(new Insertion(optionsOpen, optionsOpen, empty ? member : member + ", "));
    }

    /**
     * A new member before the object's first one, laid out like it: on a line of its own with the same indent
     * when the first member starts its line, else on the same line.
     */
    private static Insertion before(String config, int first, String member) {
        int lineStart = first;
        while (lineStart > 0 && config.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String indent = config.substring(lineStart, first);
        boolean ownLine = indent.isBlank() && lineStart > 0;
        String newline = lineStart > 1 && config.charAt(lineStart - 2) == '\r' ? "\r\n" : "\n";
        return new Insertion(first, first, ownLine ? member + "," + newline + indent : member + ", ");
    }

    private static int start(JsonParser parser) {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    /** The offset just after the current token; a string is read lazily, so it is read to its end first. */
    private static int end(JsonParser parser) throws IOException {
        parser.finishToken();
        return (int) parser.currentLocation().getCharOffset();
    }

    static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
