package org.reportlint.core.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes baseline files: JSON with a schema version and entries in a fixed order, one per line-group, so
 * a baseline diffs well in version control.
 */
public final class BaselineFile {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** A baseline file that cannot be used; the message names the file and the reason in one line. */
    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message, null, false, false);
        }
    }

    public static Baseline read(Path file) throws BaselineException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException missing) {
            throw new BaselineException(file + ": baseline file not found (create it with --update-baseline)");
        } catch (StreamConstraintsException tooBig) {
            // Nesting, a string or a number beyond the parser's limits: no baseline reportlint writes looks so.
            throw new BaselineException(file + ": not a valid baseline: beyond the JSON parser's limits: "
                    + firstLine(tooBig.getOriginalMessage()));
        } catch (JsonProcessingException bad) {
            JsonLocation at = bad.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new BaselineException(file + where + ": not a valid baseline: " + firstLine(bad.getOriginalMessage()));
        } catch (IOException failure) {
            throw new BaselineException(file + ": cannot read baseline: " + failure.getMessage());
        } catch (StackOverflowError | OutOfMemoryError tooBig) {
            throw new BaselineException(file + ": not a valid baseline: too deeply nested or too large to read");
        }
        if (root == null || !root.isObject() || !root.path("entries").isArray()) {
            throw new BaselineException(file + ": not a reportlint baseline (no \"entries\" array)");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != SCHEMA_VERSION) {
            throw new BaselineException(file + ": unsupported baseline schemaVersion " + root.path("schemaVersion")
                    + " (expected " + SCHEMA_VERSION + ")");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("entries")) {
            if (!node.path("path").isTextual() || !node.path("rule").isTextual() || !node.path("fingerprint").isTextual()
                    || !node.path("count").canConvertToInt() || node.path("count").asInt() < 1) {
                throw new BaselineException(file + ": entry " + index + " needs path, rule, fingerprint and a positive count");
            }
            entries.add(new BaselineEntry(node.get("path").asText(), node.get("rule").asText(),
                    node.get("fingerprint").asText(), node.get("count").asInt(), node.path("message").asText("")));
            index++;
        }
        return new Baseline(entries);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** The file's text for a baseline: entries sorted by path, rule and fingerprint; a trailing newline. */
    public static String format(Baseline baseline) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "reportlint");
        ArrayNode entries = root.putArray("entries");
        for (BaselineEntry entry : baseline.entries()) {
            ObjectNode node = entries.addObject();
            node.put("path", entry.path());
            node.put("rule", entry.rule());
            node.put("fingerprint", entry.fingerprint());
            node.put("count", entry.count());
            node.put("message", entry.message());
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
