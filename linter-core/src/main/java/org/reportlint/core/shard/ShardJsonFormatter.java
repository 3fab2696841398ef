package org.reportlint.core.shard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.CrossDocumentRule;

/**
 * The JSON report of a shard: the JSON report of what the shard found, with the {@code shard} section of
 * {@link ShardReport} added at its end for {@code reportlint merge}. Written whole when the shard is done (the
 * section needs every file), so unlike the plain JSON report it is not streamed. Characters beyond ASCII are written
 * as escapes so that even a lone surrogate of a broken document reaches the merge unchanged.
 */
public final class ShardJsonFormatter implements Formatter {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Formatter json;
    private final ShardRun run;
    private final String toolVersion;
    private final Function<String, Optional<CrossDocumentRule<?>>> rules;

    /**
     * @param json the plain JSON report's formatter
     * @param rules the cross-document rule of an id, for its codec
     */
    public ShardJsonFormatter(Formatter json, ShardRun run, String toolVersion,
                              Function<String, Optional<CrossDocumentRule<?>>> rules) {
        this.json = json;
        this.run = run;
        this.toolVersion = toolVersion;
        this.rules = rules;
    }

    @Override
    public String format(LintResult result) {
        try {
            ObjectNode report = (ObjectNode) JSON.readTree(json.format(result));
            report.set("shard", ShardReport.encode(run, toolVersion, result.files(), rules));
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException("the JSON report did not read back", impossible);
        }
    }
}
