package org.reportlint.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything about a rule that is not its check: the permanent id, texts for users, the default severity, whether
 * it can fix what it finds, whether the {@code recommended} preset enables it, examples and options.
 */
public record RuleMetadata(String id, String summary, String description, Severity defaultSeverity,
                           boolean fixable, boolean recommended, List<RuleExample> examples,
                           List<OptionSpec> options, Optional<String> docsUrl) {
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Rules declared in configuration ({@code customRules}) are {@code namespace/kebab-id}; see {@link #isNamespaced}. */
    private static final Pattern NAMESPACED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*/[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        if (!KEBAB_CASE.matcher(id).matches() && !NAMESPACED.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case (or namespace/kebab-case for a configured "
                    + "rule): " + id);
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        examples = List.copyOf(examples);
        options = List.copyOf(options);
        Objects.requireNonNull(docsUrl, "docsUrl");
    }

    /**
     * Whether the id is {@code namespace/kebab-id}, the form of rules declared in configuration. The registry refuses
     * such ids from rule jars, so built-in and third-party Java rules stay plain kebab-case.
     */
    public boolean isNamespaced() {
        return id.indexOf('/') >= 0;
    }

    /** The same metadata with {@code url} as the page that documents the rule. */
    public RuleMetadata withDocsUrl(String url) {
        return new RuleMetadata(id, summary, description, defaultSeverity, fixable, recommended, examples, options,
                Optional.of(url));
    }

    /** Starts metadata for a rule with the given id; everything else has a builder method. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Collects metadata fields one by one; unset texts are empty, severity defaults to warning. */
    public static final class Builder {
        private final String id;
        private String summary = "";
        private String description = "";
        private Severity severity = Severity.WARNING;
        private boolean fixable;
        private boolean recommended = true;
        private final List<RuleExample> examples = new java.util.ArrayList<>();
        private final List<OptionSpec> options = new java.util.ArrayList<>();
        private Optional<String> docsUrl = Optional.empty();

        private Builder(String id) {
            this.id = id;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder fixable(boolean value) {
            this.fixable = value;
            return this;
        }

        public Builder recommended(boolean value) {
            this.recommended = value;
            return this;
        }

        public Builder example(String failing, String passing) {
            examples.add(new RuleExample(failing, passing));
            return this;
        }

        public Builder option(String name, OptionSpec.Type type, Object defaultValue, String optionDescription) {
            options.add(new OptionSpec(name, type, defaultValue, optionDescription));
            return this;
        }

        /**
         * The page that documents the rule, linked from SARIF ({@code helpUri}) and editors; built-in rules get
         * theirs from the registry.
         */
        public Builder docsUrl(String url) {
            this.docsUrl = Optional.of(url);
            return this;
        }

        public RuleMetadata build() {
            return new RuleMetadata(id, summary, description, severity, fixable, recommended, examples, options,
                    docsUrl);
        }
    }
}
