package org.reportlint.core.result;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.reportlint.core.files.Glob;

/**
 * Which group (template, vendor, folder) each reported document belongs to, so reports can total findings and
 * scores per group. Either configured, a {@code groups} map of names to globs in which the first group whose globs
 * match a path wins and a path none matches is in {@link #OTHER}; or, with none configured, by top-level folder:
 * the first folder below the folder all reported paths share ({@link GroupTally} knows them all), so
 * {@code reportlint reports} groups {@code reports/vendor-a/x.html} as {@code vendor-a}.
 */
public final class DocumentGroups {
    /** The group of a path no configured group matches. */
    public static final String OTHER = "other";
    /** The group, by folder, of documents directly in the shared folder. */
    public static final String TOP = "(top level)";

    private final Map<String, List<Glob>> configured;
    private final UnaryOperator<String> relative;

    private DocumentGroups(Map<String, List<Glob>> configured, UnaryOperator<String> relative) {
        this.configured = configured;
        this.relative = relative;
    }

    /** Groups by top-level folder. */
    public static DocumentGroups byFolder() {
        return new DocumentGroups(Map.of(), UnaryOperator.identity());
    }

    /**
     * Configured groups, in the order given.
     *
     * @param globs each group's globs, as the configuration writes them
     * @param relative turns a reported path into the path the globs are matched against (relative to the folder of
     *        the configuration that defines them), {@code /}-separated
     */
    public static DocumentGroups configured(Map<String, List<String>> globs, UnaryOperator<String> relative) {
        Objects.requireNonNull(relative, "relative");
        if (globs.isEmpty()) {
            return byFolder();
        }
        Map<String, List<Glob>> compiled = new LinkedHashMap<>();
        globs.forEach((name, list) -> compiled.put(name, list.stream().map(Glob::of).toList()));
        return new DocumentGroups(java.util.Collections.unmodifiableMap(compiled), relative);
    }

    /** Whether the groups come from configuration rather than folders. */
    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    /** The configured group names in order; empty when grouping by folder. */
    public List<String> names() {
        return List.copyOf(configured.keySet());
    }

    /** The configured group of a reported path, or empty when grouping by folder (which needs every path). */
    public Optional<String> configuredGroupOf(String path) {
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        String matched = relative.apply(path);
        for (Map.Entry<String, List<Glob>> group : configured.entrySet()) {
            for (Glob glob : group.getValue()) {
                if (glob.matches(matched)) {
                    return Optional.of(group.getKey());
                }
            }
        }
        return Optional.of(OTHER);
    }

    /**
     * The group of a reported path: its configured group, else the first folder below the {@code sharedFolders}
     * leading folders that every path of the run shares ({@link #TOP} for a path directly in them).
     */
    public String groupOf(String path, int sharedFolders) {
        return configuredGroupOf(path).orElseGet(() -> {
            List<String> folders = folders(path);
            return folders.size() > sharedFolders ? folders.get(sharedFolders) : TOP;
        });
    }

    /** How many leading folders all of these paths share (none when one is directly in the run's folder). */
    public static int sharedFolders(Iterable<String> paths) {
        List<String> common = null;
        for (String path : paths) {
            List<String> folders = folders(path);
            if (common == null) {
                common = new java.util.ArrayList<>(folders);
            } else {
                int same = 0;
                while (same < common.size() && same < folders.size() && common.get(same).equals(folders.get(same))) {
                    same++;
                }
                common.subList(same, common.size()).clear();
            }
        }
        return common == null ? 0 : common.size();
    }

    private static List<String> folders(String path) {
        String[] parts = path.split("/", -1);
        return List.of(parts).subList(0, parts.length - 1);
    }
}
