package org.reportlint.core.config;

import java.util.List;
import java.util.Map;

/**
 * A JSON value together with the line and column where it starts, so configuration errors can point at it.
 * Objects keep their members in file order with the position of each key.
 */
sealed interface JsonNodeAt {

    int line();

    int column();

    /** The JSON type as a user would name it: object, array, string, number, boolean or null. */
    String typeName();

    record ObjectNode(int line, int column, Map<String, Member> members) implements JsonNodeAt {
        @Override
        public String typeName() {
            return "object";
        }
    }

    /** One member of an object: where its key is, and its value. */
    record Member(String key, int line, int column, JsonNodeAt value) {
    }

    record ArrayNode(int line, int column, List<JsonNodeAt> items) implements JsonNodeAt {
        @Override
        public String typeName() {
            return "array";
        }
    }

    record StringNode(int line, int column, String value) implements JsonNodeAt {
        @Override
        public String typeName() {
            return "string";
        }
    }

    record NumberNode(int line, int column, Number value, boolean integral) implements JsonNodeAt {
        @Override
        public String typeName() {
            return "number";
        }
    }

    record BooleanNode(int line, int column, boolean value) implements JsonNodeAt {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record NullNode(int line, int column) implements JsonNodeAt {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
