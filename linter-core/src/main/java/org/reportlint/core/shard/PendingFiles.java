package org.reportlint.core.shard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.LintedFile;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.CrossDocumentRule;

/**
 * Files that wait for cross-document rules, moved between machines as JSON text and finished together as one run:
 * what {@code reportlint merge} does with the files of shard reports, for a front end that moves the waiting files
 * itself (the Spark job sends them from its executors to the step that runs the rules' {@code report}). The text is
 * the shard section's encoding of one file, so a value reads back exactly as a merge would read it.
 */
public final class PendingFiles {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PendingFiles() {
    }

    /**
     * One waiting file as JSON text. Values of a rule without a codec cannot travel: they are left out and the rule's
     * id is added to {@code uncodable}, as a shard does.
     */
    public static String write(PendingFile file, RuleRegistry registry, Set<String> uncodable) {
        ObjectNode json = ResultJson.NODES.objectNode();
        json.set("file", ResultJson.file(file.own()));
        json.set("pending", encode(file, registry::findCrossDocument, uncodable));
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a tree of JSON nodes", impossible);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalArgumentException with a one-line reason for text that is not such a file, or names a
     *     cross-document rule {@code registry} does not have
     */
    public static PendingFile read(String text, RuleRegistry registry) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("not a waiting file's JSON: " + malformed.getOriginalMessage());
        }
        JsonNode pending = ResultJson.field(json, "pending");
        ResultJson.field(pending, "rules").fieldNames().forEachRemaining(id -> {
            if (registry.findCrossDocument(id).isEmpty()) {
                throw new IllegalArgumentException("a waiting file names cross-document rule \"" + id
                        + "\", which this reportlint does not have");
            }
        });
        return decode(ResultJson.file(ResultJson.field(json, "file")), pending, registry::findCrossDocument);
    }

    /**
     * What a waiting file adds to its own result, as a JSON tree: the shard section's {@code pending} of one file,
     * for a store that keeps the own result apart (the {@code --cache} file). Values of a rule without a codec are
     * left out and its id is added to {@code uncodable}.
     *
     * @param rules the cross-document rule of an id, for its codec
     */
    public static ObjectNode encode(PendingFile file, Function<String, Optional<CrossDocumentRule<?>>> rules,
                                    Set<String> uncodable) {
        return ShardReport.pending(file, rules, uncodable);
    }

    /**
     * The waiting file {@link #encode} wrote, with its own result.
     *
     * @throws IllegalArgumentException with a one-line reason for a tree {@code encode} did not write
     */
    public static PendingFile decode(FileResult own, JsonNode pending,
                                     Function<String, Optional<CrossDocumentRule<?>>> rules) {
        return ShardReport.pending(own, pending, rules);
    }

    /**
     * Finishes waiting files as one run, by the merge's own steps: in path order, each cross-document rule reports
     * over the values of every file, its findings go through each file's inline suppressions, then come each file's
     * unused suppressions.
     *
     * @param missing cross-document rules whose values did not all arrive (no codec); they do not report over a part
     *     of the run
     * @return each file's final result, in path order
     */
    public static List<FileResult> finish(List<PendingFile> files, RuleRegistry registry, Set<String> missing) {
        List<PendingFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(PendingFile::path));
        List<LintedFile> restored = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        for (PendingFile file : ordered) {
            restored.add(LintedFile.restore(file, ShardMerge.rules(registry, file, missing)));
            file.group().ifPresent(group -> groups.put(file.path(), group));
        }
        // Compared within the groups the files recorded, as one run compares them.
        return new Linter().comparingWithinGroups(path -> Optional.ofNullable(groups.get(path))).complete(restored);
    }
}
