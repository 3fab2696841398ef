package org.reportlint.cli.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Range;

/**
 * What a diagnostic carries in its {@code data} for code actions: the document version it was computed for, the
 * finding's own severity, the flagged text and the fix's edits already as LSP ranges, so a quick fix needs no
 * second lint.
 *
 * @param version the document version the ranges belong to
 * @param severity the finding's severity id, before the editor's {@code failOn} mapping
 * @param flagged the source text of the finding's range
 * @param edits the fix's edits, empty when the finding has no fix
 */
record FindingData(int version, String severity, String flagged, List<Edit> edits) {
    private static final Gson GSON = new Gson();

    /** One edit of a fix. */
    record Edit(Range range, String newText) {
    }

    JsonElement toJson() {
        return GSON.toJsonTree(this);
    }

    /** The data of a diagnostic the client sent back, if it is ours and well formed. */
    static Optional<FindingData> of(Object data) {
        try {
            JsonElement json = data instanceof JsonElement element ? element : GSON.toJsonTree(data);
            FindingData parsed = GSON.fromJson(json, FindingData.class);
            return parsed == null || parsed.edits() == null || parsed.flagged() == null
                    ? Optional.empty() : Optional.of(parsed);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
