package org.reportlint.core.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reportlint.core.fix.AtomicFileWriter;
import org.reportlint.core.result.FileResult;

/**
 * The cache on disk: one JSON object naming its format and version and the reportlint version that wrote it, with
 * an entry per file (by absolute path) holding the key it was linted under and its result. A file this version did
 * not write in full, whatever is wrong with it, is never half trusted: it is read as empty, with the reason why.
 */
final class CacheFile {
    static final String FORMAT = "reportlint-cache";
    /** 2: results carry the document's word count, which version 1 entries lack. */
    static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CacheFile() {
    }

    /**
     * An entry as stored: the key the result was linted under, and the result before any baseline; for a file that
     * waits for cross-document rules, the result is its own findings and {@code pending} what the rules collected
     * from it (as {@link org.reportlint.core.shard.PendingFiles#encode} writes it, read back only once the rules are
     * known).
     */
    record Entry(String key, FileResult result, Optional<JsonNode> pending) {
        Entry(String key, FileResult result) {
            this(key, result, Optional.empty());
        }
    }

    /**
     * What was read.
     *
     * @param entries by absolute path
     * @param discarded why the file on disk was not used, when it exists and was not; one line
     */
    record Loaded(Map<String, Entry> entries, Optional<String> discarded) {
        static Loaded empty() {
            return new Loaded(Map.of(), Optional.empty());
        }

        static Loaded discarded(String reason) {
            return new Loaded(Map.of(), Optional.of(reason));
        }
    }

    /** Reads the cache at {@code file}, written by {@code toolVersion}; a missing or empty file is an empty cache. */
    static Loaded read(Path file, String toolVersion) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return Loaded.discarded("is a directory");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            return Loaded.empty();
        } catch (IOException | OutOfMemoryError unreadable) {
            return Loaded.discarded("cannot read it (" + unreadable.getClass().getSimpleName() + ")");
        }
        if (bytes.length == 0) {
            return Loaded.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException | RuntimeException | StackOverflowError notJson) {
            return Loaded.discarded("not a reportlint cache (invalid JSON)");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").textValue())) {
            return Loaded.discarded("not a reportlint cache");
        }
        if (root.path("version").intValue() != VERSION || !root.path("version").isInt()) {
            return Loaded.discarded("cache format version " + root.path("version") + ", this reportlint reads "
                    + VERSION);
        }
        if (!toolVersion.equals(root.path("tool").textValue())) {
            // Written by another reportlint: nothing in it is valid for this one, and that is no surprise.
            return Loaded.empty();
        }
        try {
            return new Loaded(entries(root.get("entries")), Optional.empty());
        } catch (ResultCodec.BadEntryException | RuntimeException bad) {
            return Loaded.discarded("damaged entry (" + bad.getMessage() + ")");
        }
    }

    private static Map<String, Entry> entries(JsonNode node) throws ResultCodec.BadEntryException {
        if (node == null || !node.isObject()) {
            throw new ResultCodec.BadEntryException("no entries");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode key = field.getValue().get("key");
            if (key == null || !key.isTextual()) {
                throw new ResultCodec.BadEntryException("entry without a key");
            }
            JsonNode pending = field.getValue().get("pending");
            if (pending != null && !pending.isObject()) {
                throw new ResultCodec.BadEntryException("pending is not an object");
            }
            entries.put(field.getKey(), new Entry(key.textValue(), ResultCodec.read(field.getValue().get("result")),
                    Optional.ofNullable(pending)));
        }
        return entries;
    }

    /** Writes the entries atomically: a reader sees the old cache or the new one, never part of either. */
    static void write(Path file, String toolVersion, Map<String, Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("tool", toolVersion);
        ObjectNode all = root.putObject("entries");
        new TreeMap<>(entries).forEach((path, entry) -> {
            ObjectNode one = all.putObject(path);
            one.put("key", entry.key());
            one.set("result", ResultCodec.write(entry.result()));
            entry.pending().ifPresent(pending -> one.set("pending", pending));
        });
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException unexpected) {
            throw new IOException(unexpected.getMessage(), unexpected);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!Files.exists(file)) {
            // The atomic writer replaces a file; an empty one left by a crash right here reads as an empty cache.
            Files.createFile(file);
        }
        AtomicFileWriter.write(file, bytes);
    }
}
