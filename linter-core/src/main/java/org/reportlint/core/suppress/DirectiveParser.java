package org.reportlint.core.suppress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.MarkupToken;

/** Finds the {@code reportlint-*} directives in a document's HTML comments, in source order. */
public final class DirectiveParser {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\s*(reportlint-disable-next-line|reportlint-disable-line|reportlint-disable-file|reportlint-disable|reportlint-enable)"
                    + "(?=\\s|$)(.*?)(?:\\s--\\s*(.*))?\\s*", Pattern.DOTALL);

    private DirectiveParser() {
    }

    public static List<Directive> parse(Document document) {
        List<Directive> directives = new ArrayList<>();
        if (!document.source().contains("reportlint-")) {
            // Every directive names its keyword: without one the markup need not even be scanned for comments.
            return directives;
        }
        for (MarkupToken token : document.markup()) {
            if (token.kind() != MarkupToken.Kind.COMMENT) {
                continue;
            }
            String content = document.text(token.content());
            Matcher matcher = DIRECTIVE.matcher(content);
            if (!matcher.matches()) {
                continue;
            }
            Directive.Kind kind = Arrays.stream(Directive.Kind.values())
                    .filter(k -> k.keyword().equals(matcher.group(1))).findFirst().orElseThrow();
            List<String> rules = Arrays.stream(matcher.group(2).split("[\\s,]+"))
                    .filter(id -> !id.isBlank()).toList();
            Optional<String> reason = Optional.ofNullable(matcher.group(3)).map(String::strip).filter(r -> !r.isEmpty());
            int line = document.lines().lineOf(Math.max(token.range().start(), token.range().end() - 1));
            directives.add(new Directive(kind, rules, reason, token.range(), line));
        }
        return directives;
    }
}
