package org.reportlint.cli.lsp;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.format.RuleDocPage;
import org.reportlint.core.result.Finding;
import org.reportlint.core.source.LineIndex;

/**
 * The hover over a finding: the documentation of its rule, built-in or declared in {@code customRules}, as {@code
 * reportlint explain --format markdown} prints.
 */
final class RuleHover {
    private final RuleRegistry registry;

    RuleHover(RuleRegistry registry) {
        this.registry = registry;
    }

    Optional<Hover> at(CheckResult checked, Position position) {
        if (checked.result().isEmpty()) {
            return Optional.empty();
        }
        String text = checked.document().text();
        int offset = Positions.offset(LineIndex.of(text), text, position);
        Set<String> rules = new LinkedHashSet<>();
        Finding first = null;
        for (Finding finding : checked.result().get().findings()) {
            if (finding.span().startOffset() <= offset && offset <= finding.span().endOffset()) {
                rules.add(finding.rule());
                first = first == null ? finding : first;
            }
        }
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder markdown = new StringBuilder();
        for (String rule : rules) {
            // A rule the document's configuration declares is not in the server's registry.
            checked.declared(rule).or(() -> registry.metadata(rule)).ifPresent(metadata -> {
                if (!markdown.isEmpty()) {
                    markdown.append("\n\n---\n\n");
                }
                markdown.append(RuleDocPage.markdown(metadata, registry.findCrossDocument(rule).isPresent()));
            });
        }
        if (markdown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown.toString()),
                Positions.range(first.span())));
    }
}
