package org.reportlint.core.format.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleExample;
import org.reportlint.core.rule.RuleMetadata;

/**
 * A rule's documentation page in Markdown, made from its metadata alone, so the page can never drift from what
 * {@code reportlint explain} prints: the pages in {@code docs/rules/} are these, checked by a test.
 */
public final class RuleDocPage {
    private RuleDocPage() {
    }

    /**
     * @param rule the rule's metadata
     * @param acrossDocuments whether it is a cross-document rule, reported once every document is read
     */
    public static String markdown(RuleMetadata rule, boolean acrossDocuments) {
        StringBuilder page = new StringBuilder();
        page.append("# ").append(rule.id()).append("\n\n");
        page.append(MarkdownText.escape(rule.summary().strip())).append("\n\n");
        page.append("| | |\n|---|---|\n");
        page.append("| Default severity | ").append(rule.defaultSeverity().id()).append(" |\n");
        page.append("| In `recommended` | ").append(rule.recommended() ? "yes" : "no").append(" |\n");
        page.append("| Fixable | ").append(rule.fixable() ? "yes (`--fix`)" : "no").append(" |\n");
        page.append("| Scope | ").append(acrossDocuments ? "every document of a run together" : "one document")
                .append(" |\n\n");
        if (!rule.description().isBlank()) {
            page.append("## What it reports\n\n");
            for (String paragraph : rule.description().strip().split("\n\\s*\n")) {
                page.append(MarkdownText.escape(paragraph.strip())).append("\n\n");
            }
        }
        if (!rule.options().isEmpty()) {
            page.append("## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n");
            for (OptionSpec option : rule.options()) {
                page.append("| `").append(option.name()).append("` | ").append(typeName(option.type()))
                        .append(" | ").append(MarkdownText.cell(value(option.defaultValue()))).append(" | ")
                        .append(MarkdownText.cell(option.description())).append(" |\n");
            }
            page.append("\nSet them in `.reportlint.json`: `\"rules\": {\"").append(rule.id())
                    .append("\": [\"").append(rule.defaultSeverity().id()).append("\", {\"")
                    .append(rule.options().get(0).name()).append("\": ...}]}`.\n\n");
        }
        List<RuleExample> examples = rule.examples();
        if (!examples.isEmpty()) {
            page.append("## Examples\n\n");
            for (RuleExample example : examples) {
                page.append("Flagged:\n\n").append(MarkdownText.fenced(example.failing().strip())).append("\n\n");
                page.append("Accepted:\n\n").append(MarkdownText.fenced(example.passing().strip())).append("\n\n");
            }
        }
        page.append("## Turning it off\n\n");
        page.append("For one finding: `<!-- reportlint-disable-next-line ").append(rule.id())
                .append(" -- reason -->` on the line before it. For a file: `<!-- reportlint-disable-file ")
                .append(rule.id()).append(" -- reason -->`. For a run: `--disable ").append(rule.id())
                .append("`, or `\"").append(rule.id()).append("\": \"off\"` in `.reportlint.json`.\n");
        return page.toString();
    }

    /** The index of the pages: every rule with its summary, linked to its page. */
    public static String index(List<RuleMetadata> rules) {
        return "# Rules\n\nGenerated from each rule's metadata; `reportlint explain ID` prints the same.\n\n"
                + "| Rule | Severity | Fixable | What it reports |\n|---|---|---|---|\n"
                + rules.stream().map(rule -> "| [" + rule.id() + "](" + rule.id() + ".md) | "
                        + rule.defaultSeverity().id() + " | " + (rule.fixable() ? "yes" : "no") + " | "
                        + MarkdownText.cell(rule.summary()) + " |\n").collect(Collectors.joining());
    }

    private static String typeName(OptionSpec.Type type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String value(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RuleDocPage::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
