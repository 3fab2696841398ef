package org.reportlint.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with comments and trailing commas into {@link JsonNodeAt} values that remember their positions.
 * A duplicate key is an error, since one of the two settings would be silently lost.
 */
final class LocatedJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private LocatedJsonReader() {
    }

    static JsonNodeAt read(String file, String text) throws ConfigException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ConfigException(file, 1, 1, "empty file: expected a JSON object");
            }
            JsonNodeAt value = value(file, parser);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ConfigException(file, at.getLineNr(), at.getColumnNr(), "unexpected content after the JSON value");
            }
            return value;
        } catch (JsonProcessingException bad) {
            JsonLocation at = bad.getLocation();
            throw new ConfigException(file, at.getLineNr(), at.getColumnNr(), JsonErrorReason.of(bad));
        } catch (IOException failure) {
            throw new ConfigException(file, 0, 0, "cannot read: " + failure.getMessage());
        }
    }

    private static JsonNodeAt value(String file, JsonParser parser) throws IOException, ConfigException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonNodeAt.Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    JsonNodeAt member = value(file, parser);
                    if (members.containsKey(key)) {
                        throw new ConfigException(file, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key \"" + key + "\"");
                    }
                    members.put(key, new JsonNodeAt.Member(key, keyAt.getLineNr(), keyAt.getColumnNr(), member));
                }
                return new JsonNodeAt.ObjectNode(line, column, members);
            }
            case START_ARRAY -> {
                List<JsonNodeAt> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(file, parser));
                }
                return new JsonNodeAt.ArrayNode(line, column, items);
            }
            case VALUE_STRING -> {
                return new JsonNodeAt.StringNode(line, column, parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new JsonNodeAt.NumberNode(line, column, parser.getNumberValue(), true);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new JsonNodeAt.NumberNode(line, column, parser.getDoubleValue(), false);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonNodeAt.BooleanNode(line, column, token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new JsonNodeAt.NullNode(line, column);
            }
            default -> throw new ConfigException(file, line, column, "unexpected " + token);
        }
    }
}
