package org.reportlint.cli.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.rule.Severity;

/**
 * The editor-side settings ({@code workspace/configuration}, section {@code reportlint}).
 *
 * @param enable whether documents are linted at all
 * @param failOn findings at or above this level are shown as errors, like the findings that fail
 *     {@code reportlint check --fail-on LEVEL}; empty for {@code never}. Findings below it keep their own level,
 *     an error below it showing as a warning
 * @param configPath a configuration file used instead of discovery ({@code --config}), relative to the workspace
 */
record ServerSettings(boolean enable, Optional<Severity> failOn, Optional<String> configPath) {
    static final ServerSettings DEFAULT = new ServerSettings(true, Optional.of(Severity.ERROR), Optional.empty());

    /** The settings in the client's answer; a missing or invalid value keeps its default. */
    static ServerSettings from(Object section) {
        if (!(section instanceof JsonObject json)) {
            return DEFAULT;
        }
        boolean enable = bool(json.get("enable")).orElse(DEFAULT.enable());
        Optional<Severity> failOn = text(json.get("failOn")).flatMap(FailPolicy::parseLevel).orElse(DEFAULT.failOn());
        Optional<String> configPath = text(json.get("configPath")).filter(p -> !p.isBlank());
        return new ServerSettings(enable, failOn, configPath);
    }

    DiagnosticSeverity severityOf(Severity severity) {
        if (failOn.isPresent() && severity.atLeast(failOn.get())) {
            return DiagnosticSeverity.Error;
        }
        return switch (severity) {
            case ERROR, WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    private static Optional<Boolean> bool(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                ? Optional.of(value.getAsBoolean()) : Optional.empty();
    }

    private static Optional<String> text(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }
}
