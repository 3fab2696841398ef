package org.reportlint.cli.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.source.LineIndex;

/**
 * The code actions for the diagnostics the client sends back: each finding's fix, disabling its rule for the
 * line or the file, allowing its text where the rule has an {@code allow} list, and fixing everything at once.
 */
final class CodeActions {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".reportlint";

    private final RuleRegistry registry;
    private final Function<OpenDocument, Optional<String>> fixAll;
    private final Function<String, Optional<String>> openText;

    /**
     * @param fixAll the document's text with every fix applied, if any applies
     * @param openText the text an open document of this URI has in the editor, which wins over the disk
     */
    CodeActions(RuleRegistry registry, Function<OpenDocument, Optional<String>> fixAll,
                Function<String, Optional<String>> openText) {
        this.registry = registry;
        this.fixAll = fixAll;
        this.openText = openText;
    }

    List<CodeAction> actions(OpenDocument document, CodeActionParams params, Optional<CheckResult> latest) {
        List<String> only = params.getContext().getOnly();
        List<CodeAction> actions = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            Set<String> disabledLine = new LinkedHashSet<>();
            Set<String> disabledFile = new LinkedHashSet<>();
            for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
                if (!DiagnosticMapper.SOURCE.equals(diagnostic.getSource()) || diagnostic.getCode() == null
                        || !diagnostic.getCode().isLeft()) {
                    continue;
                }
                Optional<FindingData> data = FindingData.of(diagnostic.getData());
                if (data.isEmpty() || data.get().version() != document.version()) {
                    // Computed for text the editor no longer has: its ranges would land in the wrong place.
                    continue;
                }
                String rule = diagnostic.getCode().getLeft();
                quickFix(document, diagnostic, rule, data.get()).ifPresent(actions::add);
                int line = diagnostic.getRange().getStart().getLine();
                if (disabledLine.add(rule + "@" + line)) {
                    actions.add(edit("Disable " + rule + " for this line", CodeActionKind.QuickFix, diagnostic,
                            document.uri(), SuppressionComments.disableLine(document.text(), line, rule)));
                }
                if (disabledFile.add(rule)) {
                    actions.add(edit("Disable " + rule + " for this file", CodeActionKind.QuickFix, diagnostic,
                            document.uri(), SuppressionComments.disableFile(document.text(), rule)));
                }
                allow(diagnostic, rule, data.get(), latest).ifPresent(actions::add);
            }
        }
        if (wantsFixAll(only) && latest.map(CodeActions::fixable).orElse(false)) {
            fixAll.apply(document).ifPresent(fixed -> {
                CodeAction action = new CodeAction("Fix all reportlint problems");
                action.setKind(FIX_ALL);
                action.setEdit(workspaceEdit(document.uri(), TextDiff.edit(document.text(), fixed)));
                actions.add(action);
            });
        }
        return actions;
    }

    private Optional<CodeAction> quickFix(OpenDocument document, Diagnostic diagnostic, String rule,
                                          FindingData data) {
        if (data.edits().isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = data.edits().stream().map(e -> new TextEdit(e.range(), e.newText())).toList();
        CodeAction action = new CodeAction("Fix: " + message(diagnostic) + " (" + rule + ")");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(document.uri(), edits)));
        return Optional.of(action);
    }

    /** "Add to the allowed list": for a rule with a string-list {@code allow} option, in the nearest config file. */
    private Optional<CodeAction> allow(Diagnostic diagnostic, String rule, FindingData data,
                                       Optional<CheckResult> latest) {
        Optional<RuleMetadata> metadata = registry.metadata(rule);
        boolean hasList = metadata.map(m -> m.options().stream().anyMatch(o -> o.name().equals(AllowListEdit.OPTION)
                && o.type() == OptionSpec.Type.STRING_LIST)).orElse(false);
        List<Path> sources = latest.map(CheckResult::configSources).orElse(List.of());
        if (!hasList || sources.isEmpty() || data.flagged().isBlank()) {
            return Optional.empty();
        }
        Path config = sources.get(sources.size() - 1);
        String uri = DiagnosticMapper.uriOf(config);
        String text;
        try {
            text = openText.apply(uri).orElse(Files.readString(config, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return AllowListEdit.of(text, rule, data.severity(), data.flagged()).map(insertion -> {
            LineIndex lines = LineIndex.of(text);
            Range range = Positions.range(lines, insertion.start(), insertion.end());
            return edit("Add \"" + data.flagged() + "\" to the allowed list of " + rule + " in "
                    + config.getFileName(), CodeActionKind.QuickFix, diagnostic, uri,
                    new TextEdit(range, insertion.text()));
        });
    }

    private static String message(Diagnostic diagnostic) {
        var message = diagnostic.getMessage();
        return message == null ? "" : message.isLeft() ? message.getLeft() : message.getRight().getValue();
    }

    private static CodeAction edit(String title, String kind, Diagnostic diagnostic, String uri, TextEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(workspaceEdit(uri, edit));
        return action;
    }

    private static WorkspaceEdit workspaceEdit(String uri, TextEdit edit) {
        return new WorkspaceEdit(Map.of(uri, List.of(edit)));
    }

    private static boolean fixable(CheckResult checked) {
        return checked.result().map(r -> r.findings().stream().anyMatch(f -> f.fix().isPresent())).orElse(false);
    }

    private static boolean wants(List<String> only, String kind) {
        return only == null || only.isEmpty() || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }

    /** Fix-all is a source action: offered when asked for by kind (on save, from a menu), not beside quick fixes. */
    private static boolean wantsFixAll(List<String> only) {
        return only != null && only.stream().anyMatch(k -> FIX_ALL.equals(k) || FIX_ALL.startsWith(k + "."));
    }
}
