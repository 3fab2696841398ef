package org.reportlint.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * One option a rule accepts, with its type and default, so configuration can be validated before any rule runs.
 *
 * @param name the option's name in configuration
 * @param type the JSON type the value must have
 * @param defaultValue the value when none is configured: a String, Boolean, Integer, Double or {@code List<String>}
 * @param description one sentence for {@code reportlint explain}
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description) {

    /** The value types an option can have. */
    public enum Type { STRING, BOOLEAN, INTEGER, NUMBER, STRING_LIST }

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
    }
}
