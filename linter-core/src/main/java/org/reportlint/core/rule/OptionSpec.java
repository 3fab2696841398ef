package org.reportlint.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * One option a rule accepts, with its type and default, so configuration can be validated before any rule runs.
 *
 * @param name the option's name in configuration
 * @param type the JSON type the value must have
 * @param defaultValue the value when none is configured: a String, Boolean, Integer, Double, {@code List<String>} or
 *     {@code List<List<String>>}
 * @param description one sentence for {@code reportlint explain}
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description) {

    /**
     * The value types an option can have; {@code STRING_LISTS} is an array of arrays of strings, for groups of names
     * such as aliases ({@code [["EV charging", "electric vehicle charging"]]}).
     */
    public enum Type { STRING, BOOLEAN, INTEGER, NUMBER, STRING_LIST, STRING_LISTS }

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (defaultValue instanceof List<?> list) {
            defaultValue = list.stream().map(item -> item instanceof List<?> inner ? List.copyOf(inner) : item).toList();
        }
    }
}
