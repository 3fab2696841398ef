package org.reportlint.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportlint.core.source.DisplayPath;

/**
 * Where a document is linted from: the folder {@code reportlint check} would run in (the workspace folder holding
 * the file, else the file's own folder) and the name it gives the text there ({@code --stdin-filename}).
 *
 * @param base the working directory of the equivalent command line
 * @param name the file's path relative to {@code base}, {@code /}-separated
 * @param file the file's absolute path, existing or not: its configuration is discovered from its folder
 */
record DocumentPath(Path base, String name, Path file) {

    /**
     * The path of the document at {@code uri}. A document that is not a file (an unsaved buffer) is placed in the
     * first workspace folder, named after the URI with an extension that says its language.
     */
    static DocumentPath of(String uri, String languageId, List<Path> workspaceFolders) {
        Optional<Path> onDisk = fileOf(uri);
        if (onDisk.isPresent()) {
            Path file = onDisk.get().toAbsolutePath().normalize();
            Path base = workspaceFolders.stream().filter(file::startsWith)
                    .max(Comparator.comparingInt(Path::getNameCount))
                    .orElse(file.getParent() == null ? file : file.getParent());
            return new DocumentPath(base, DisplayPath.slashed(base.relativize(file).toString()), file);
        }
        Path base = workspaceFolders.isEmpty() ? Path.of("").toAbsolutePath() : workspaceFolders.get(0);
        String name = unsavedName(uri) + extensionOf(languageId);
        return new DocumentPath(base, name, base.resolve(name));
    }

    /** The local file a {@code file:} URI names, if it names one. */
    static Optional<Path> fileOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            return Optional.empty();
        }
    }

    private static String unsavedName(String uri) {
        String tail = uri.substring(uri.lastIndexOf(':') + 1);
        tail = tail.substring(tail.lastIndexOf('/') + 1);
        String safe = tail.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "untitled" : safe;
    }

    private static String extensionOf(String languageId) {
        return switch (languageId == null ? "" : languageId.toLowerCase(Locale.ROOT)) {
            case "html" -> ".html";
            case "markdown" -> ".md";
            default -> ".txt";
        };
    }
}
