package org.reportlint.core.rule;

import java.util.List;
import java.util.Map;

/**
 * The options configured for one rule, already validated against its {@link OptionSpec}s; a getter returns the
 * configured value or the spec's default.
 */
public final class RuleOptions {
    private static final RuleOptions NONE = new RuleOptions(Map.of());
    private final Map<String, Object> values;

    private RuleOptions(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static RuleOptions none() {
        return NONE;
    }

    /** Options from validated values: Strings, Booleans, Integers, Doubles, lists of Strings and lists of those. */
    public static RuleOptions of(Map<String, Object> values) {
        return values.isEmpty() ? NONE : new RuleOptions(values);
    }

    public Map<String, Object> values() {
        return values;
    }

    public String getString(OptionSpec spec) {
        return (String) value(spec);
    }

    public boolean getBoolean(OptionSpec spec) {
        return (Boolean) value(spec);
    }

    public int getInt(OptionSpec spec) {
        return ((Number) value(spec)).intValue();
    }

    public double getNumber(OptionSpec spec) {
        return ((Number) value(spec)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> getStrings(OptionSpec spec) {
        return (List<String>) value(spec);
    }

    @SuppressWarnings("unchecked")
    public List<List<String>> getStringLists(OptionSpec spec) {
        return (List<List<String>>) value(spec);
    }

    /** Whether the option was configured rather than left at its default. */
    public boolean isSet(OptionSpec spec) {
        return values.containsKey(spec.name());
    }

    private Object value(OptionSpec spec) {
        return values.getOrDefault(spec.name(), spec.defaultValue());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleOptions o && o.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
