package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.rule.OptionSpec;

/** Checks a configured option value against its spec and turns it into the Java value rules read. */
final class OptionValidator {

    private OptionValidator() {
    }

    /** The value for a valid node; otherwise a {@link ConfigException} at the node. */
    static Object convert(String file, OptionSpec spec, JsonNodeAt node) throws ConfigException {
        Object value = switch (spec.type()) {
            case STRING -> node instanceof JsonNodeAt.StringNode s ? s.value() : null;
            case BOOLEAN -> node instanceof JsonNodeAt.BooleanNode b ? b.value() : null;
            case INTEGER -> node instanceof JsonNodeAt.NumberNode n && n.integral() ? (Object) n.value().intValue() : null;
            case NUMBER -> node instanceof JsonNodeAt.NumberNode n ? (Object) n.value().doubleValue() : null;
            case STRING_LIST -> strings(node);
            case STRING_LISTS -> stringLists(node);
        };
        if (value == null) {
            throw new ConfigException(file, node.line(), node.column(), "option \"" + spec.name() + "\" must be "
                    + describe(spec.type()) + ", not " + node.typeName());
        }
        return value;
    }

    private static List<String> strings(JsonNodeAt node) {
        if (!(node instanceof JsonNodeAt.ArrayNode array)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNodeAt item : array.items()) {
            if (!(item instanceof JsonNodeAt.StringNode s)) {
                return null;
            }
            values.add(s.value());
        }
        return List.copyOf(values);
    }

    private static List<List<String>> stringLists(JsonNodeAt node) {
        if (!(node instanceof JsonNodeAt.ArrayNode array)) {
            return null;
        }
        List<List<String>> values = new ArrayList<>();
        for (JsonNodeAt item : array.items()) {
            List<String> strings = strings(item);
            if (strings == null) {
                return null;
            }
            values.add(strings);
        }
        return List.copyOf(values);
    }

    static String describe(OptionSpec.Type type) {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case STRING_LIST -> "an array of strings";
            case STRING_LISTS -> "an array of arrays of strings";
        };
    }
}
