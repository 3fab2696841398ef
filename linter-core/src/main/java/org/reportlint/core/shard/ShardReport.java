package org.reportlint.core.shard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.engine.internal.ResolvedLocation;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;
import org.reportlint.core.suppress.Directive;

/**
 * The {@code shard} section a shard adds to its JSON report, and what a merge reads back from it: which shard of how
 * many, the settings digest, how many files the whole run has, and each of the shard's files in full, with what a
 * file that waits for cross-document rules keeps for them (see {@code docs/sharding.md}).
 *
 * @param shard which shard wrote it
 * @param settings the digest of the run's settings; shards of one run have the same
 * @param toolVersion the reportlint version that wrote it
 * @param totalFiles how many files the whole run has over every shard
 * @param files the shard's files in path order, finished or waiting
 * @param uncodable cross-document rules enabled in this shard that have no codec, so their findings are missing
 */
public record ShardReport(Shard shard, String settings, String toolVersion, int totalFiles, List<ShardFile> files,
                          Set<String> uncodable) {
    /** The version of the shard section's layout; a merge refuses others. */
    public static final int VERSION = 1;

    public ShardReport {
        files = List.copyOf(files);
        uncodable = Set.copyOf(uncodable);
    }

    /**
     * One file of a shard: final when {@code pending} is empty, else its result is finished by the merge. A pending
     * file's {@code collected} values are decoded already.
     */
    public record ShardFile(FileResult result, Optional<PendingFile> pending) {
        public String path() {
            return result.path();
        }
    }

    /**
     * The shard section of a run: every result the run reported, each waiting file as the engine left it.
     *
     * @param rules the cross-document rule of an id, for its codec
     */
    public static ObjectNode encode(ShardRun run, String toolVersion, List<FileResult> results,
                                    Function<String, Optional<CrossDocumentRule<?>>> rules) {
        ObjectNode json = ResultJson.NODES.objectNode();
        json.put("version", VERSION);
        json.put("index", run.shard().index());
        json.put("count", run.shard().count());
        json.put("settings", run.settings());
        json.put("toolVersion", toolVersion);
        json.put("totalFiles", run.totalFiles());
        ArrayNode files = json.putArray("files");
        Set<String> uncodable = new TreeSet<>();
        for (FileResult result : results) {
            Optional<PendingFile> pending = run.pending(result.path());
            if (pending.isEmpty()) {
                files.add(ResultJson.file(result));
            } else {
                ObjectNode file = ResultJson.file(pending.get().own());
                file.set("pending", pending(pending.get(), rules, uncodable));
                files.add(file);
            }
        }
        ArrayNode missing = json.putArray("uncodable");
        uncodable.forEach(missing::add);
        return json;
    }

    /**
     * Reads the shard section of a JSON report.
     *
     * @throws IllegalArgumentException with a one-line reason when it is missing or not what {@link #encode} writes
     */
    public static ShardReport decode(JsonNode report, Function<String, Optional<CrossDocumentRule<?>>> rules) {
        JsonNode json = report.get("shard");
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a shard report (no \"shard\" section; write it with "
                    + "check --shard K/N -f json=FILE)");
        }
        if (ResultJson.number(json, "version") != VERSION) {
            throw new IllegalArgumentException("shard section version " + json.get("version")
                    + " is not supported (this reportlint reads version " + VERSION + ")");
        }
        Shard shard = new Shard(ResultJson.number(json, "index"), ResultJson.number(json, "count"));
        List<ShardFile> files = new ArrayList<>();
        for (JsonNode file : ResultJson.array(json, "files")) {
            FileResult result = ResultJson.file(file);
            JsonNode pending = file.get("pending");
            files.add(new ShardFile(result, pending == null || pending.isNull() ? Optional.empty()
                    : Optional.of(pending(result, pending, rules))));
        }
        return new ShardReport(shard, ResultJson.text(json, "settings"), ResultJson.text(json, "toolVersion"),
                ResultJson.number(json, "totalFiles"), files, new LinkedHashSet<>(ResultJson.strings(json, "uncodable")));
    }

    static ObjectNode pending(PendingFile file, Function<String, Optional<CrossDocumentRule<?>>> rules,
                              Set<String> uncodable) {
        ObjectNode json = ResultJson.NODES.objectNode();
        ObjectNode enabled = json.putObject("rules");
        new TreeMap<>(file.crossDocumentRules()).forEach((id, severity) -> enabled.put(id, severity.id()));
        json.put("unusedSuppression", file.unusedSuppression().map(Severity::id).orElse(null));
        json.set("origin", file.origin().map(ResultJson::location).orElse(null));
        // Only with configured groups, so reports of runs without them read as before.
        file.group().ifPresent(group -> json.put("group", group));
        ArrayNode directives = json.putArray("directives");
        for (Directive directive : file.directives()) {
            ObjectNode entry = directives.addObject();
            entry.put("kind", directive.kind().name());
            ArrayNode ids = entry.putArray("rules");
            directive.rules().forEach(ids::add);
            entry.put("reason", directive.reason().orElse(null));
            entry.put("start", directive.range().start()).put("end", directive.range().end());
            entry.put("line", directive.line());
            ArrayNode hid = entry.putArray("hid");
            new TreeSet<>(file.hid().getOrDefault(directive, Set.of())).forEach(hid::add);
            ResolvedLocation at = file.located().get(directive);
            entry.set("location", at == null ? null : ResultJson.location(at));
        }
        ObjectNode collected = json.putObject("collected");
        for (Map.Entry<String, Object> value : new TreeMap<>(file.collected()).entrySet()) {
            Optional<FactCodec<Object>> codec = codec(rules, value.getKey());
            if (codec.isPresent()) {
                collected.set(value.getKey(), codec.get().encode(value.getValue(), EngineLocations.INSTANCE));
            } else {
                uncodable.add(value.getKey());
            }
        }
        return json;
    }

    static PendingFile pending(FileResult own, JsonNode json,
                               Function<String, Optional<CrossDocumentRule<?>>> rules) {
        Map<String, Severity> enabled = new LinkedHashMap<>();
        ResultJson.field(json, "rules").fields()
                .forEachRemaining(rule -> enabled.put(rule.getKey(), ResultJson.severity(rule.getValue().asText())));
        Optional<Severity> unused = ResultJson.optionalText(json, "unusedSuppression").map(ResultJson::severity);
        JsonNode origin = json.get("origin");
        List<Directive> directives = new ArrayList<>();
        Map<Directive, Set<String>> hid = new LinkedHashMap<>();
        Map<Directive, ResolvedLocation> located = new LinkedHashMap<>();
        for (JsonNode entry : ResultJson.array(json, "directives")) {
            Directive directive = new Directive(kind(ResultJson.text(entry, "kind")),
                    ResultJson.strings(entry, "rules"), ResultJson.optionalText(entry, "reason"),
                    new TextRange(ResultJson.number(entry, "start"), ResultJson.number(entry, "end")),
                    ResultJson.number(entry, "line"));
            directives.add(directive);
            List<String> rulesHid = ResultJson.strings(entry, "hid");
            if (!rulesHid.isEmpty()) {
                hid.put(directive, Set.copyOf(rulesHid));
            }
            JsonNode at = entry.get("location");
            if (at != null && !at.isNull()) {
                located.put(directive, ResultJson.location(at));
            }
        }
        Map<String, Object> collected = new LinkedHashMap<>();
        ResultJson.field(json, "collected").fields().forEachRemaining(value -> {
            FactCodec<Object> codec = codec(rules, value.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "no cross-document rule \"" + value.getKey() + "\" with a codec here to read its values"));
            collected.put(value.getKey(), codec.decode(value.getValue(), EngineLocations.INSTANCE));
        });
        return new PendingFile(own, enabled, unused,
                origin == null || origin.isNull() ? Optional.empty() : Optional.of(ResultJson.location(origin)),
                directives, hid, located, collected, ResultJson.optionalText(json, "group"));
    }

    private static Directive.Kind kind(String name) {
        try {
            return Directive.Kind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown directive kind \"" + name + "\"");
        }
    }

    // A rule's codec handles the values that very rule collected, so its type parameter can be erased here.
    @SuppressWarnings("unchecked")
    private static Optional<FactCodec<Object>> codec(Function<String, Optional<CrossDocumentRule<?>>> rules,
                                                     String id) {
        return rules.apply(id).flatMap(rule -> (Optional<FactCodec<Object>>) (Optional<?>) rule.codec());
    }
}
