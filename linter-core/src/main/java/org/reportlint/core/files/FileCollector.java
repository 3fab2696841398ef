package org.reportlint.core.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.source.DisplayPath;
import org.reportlint.core.source.SourceInput;

/**
 * Expands the paths a user gives into the files to lint.
 *
 * <p>A file given by name is always linted, whatever its extension, even when ignored or excluded: naming it is
 * asking for it, as in git-style tools. A folder given by name is walked even when it is itself ignored. The walk
 * lints the files that match the include globs and no exclude glob of their folder ({@link FolderSelection});
 * hidden files and folders (name starting with {@code .}), special files, and paths git ignores are skipped: the
 * repository's {@code info/exclude} and {@code .gitignore} files from the repository root down, those above the
 * walked folder included, with git's precedence (see {@link GitIgnore}). Symbolic links are followed, but never
 * round a loop, and a link to a folder outside the walked folder (such as {@code /}) only when asked: a walk must not
 * wander over the whole disk. Each file is shown as the path
 * given joined with its relative path, {@code /}-separated; the result is sorted by that path.
 *
 * <p>A path that names neither a regular file nor a folder (a FIFO, a device) and a path the system cannot encode
 * (a non-ASCII name under {@code LC_ALL=C}) are failures of that path alone; the other paths are still collected.
 */
public final class FileCollector {
    public static final List<String> DEFAULT_INCLUDES = List.of(
            "**/*.html", "**/*.htm", "**/*.xhtml", "**/*.md", "**/*.markdown", "**/*.txt");
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/node_modules/**", "**/target/**");

    /** The notice of a link to a folder outside the walked tree, which is not followed unless asked. */
    public static final String OUTSIDE_LINK = "skipped link to a folder outside the walked folder (use --follow-symlinks)";

    private final Path baseDirectory;
    private final FolderSelection selection;
    private final boolean followLinksOutside;

    /**
     * @param baseDirectory what relative paths are resolved against
     * @param includes globs a walked file must match (one of)
     * @param excludes globs no walked file or folder may match
     */
    public FileCollector(Path baseDirectory, List<String> includes, List<String> excludes) {
        this(baseDirectory, includes, excludes, false);
    }

    /** @param followLinksOutside whether a walk follows links to folders outside the folder it walks */
    public FileCollector(Path baseDirectory, List<String> includes, List<String> excludes,
                         boolean followLinksOutside) {
        this(baseDirectory, FolderSelection.fixed(includes, excludes), followLinksOutside);
    }

    /** @param selection the include and exclude globs of each walked folder, such as those of nested configs */
    public FileCollector(Path baseDirectory, FolderSelection selection, boolean followLinksOutside) {
        this.baseDirectory = baseDirectory;
        this.selection = selection;
        this.followLinksOutside = followLinksOutside;
    }

    /**
     * Checks every path exists before walking any, then collects the files under them.
     *
     * @throws FolderSelection.InvalidSelectionException when the globs of a walked folder cannot be known
     */
    public CollectedFiles collect(List<String> paths)
            throws MissingPathException, FolderSelection.InvalidSelectionException {
        try {
            return collectPaths(paths);
        } catch (UncheckedSelection invalid) {
            throw invalid.cause;
        }
    }

    private CollectedFiles collectPaths(List<String> paths) throws MissingPathException {
        Map<String, Path> resolved = new LinkedHashMap<>();
        List<CollectedFiles.PathFailure> failures = new ArrayList<>();
        for (String path : paths) {
            try {
                resolved.put(path, baseDirectory.resolve(path));
            } catch (InvalidPathException unencodable) {
                failures.add(new CollectedFiles.PathFailure(slashes(path), unencodableReason()));
            }
        }
        Map<String, CommandLineGlob> globs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> path : resolved.entrySet()) {
            // A dangling symbolic link exists: it is a file that cannot be read, not a typo.
            if (!Files.exists(path.getValue()) && !Files.isSymbolicLink(path.getValue())) {
                Optional<CommandLineGlob> glob = CommandLineGlob.parse(path.getKey());
                if (glob.isEmpty()) {
                    throw new MissingPathException(path.getKey());
                }
                globs.put(path.getKey(), glob.get());
            }
        }
        Map<Path, SourceInput> inputs = new LinkedHashMap<>();
        List<CollectedFiles.SkippedPath> skipped = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Map.Entry<String, Path> entry : resolved.entrySet()) {
            String path = entry.getKey();
            Path file = entry.getValue();
            int found = inputs.size() + failures.size() + skipped.size();
            CommandLineGlob glob = globs.get(path);
            if (glob != null) {
                Path folder = baseDirectory.resolve(glob.folder());
                if (Files.isDirectory(folder)) {
                    new Walk(folder, displayPrefix(glob.folder()), inputs, failures, skipped, glob.pattern()).run();
                }
            } else if (Files.isDirectory(file)) {
                new Walk(file, displayPrefix(path), inputs, failures, skipped, null).run();
            } else if (Files.exists(file) && !Files.isRegularFile(file)) {
                // Reading a FIFO or a device could block or never end: refused before anything reads it.
                failures.add(new CollectedFiles.PathFailure(slashes(path), SourceInput.NOT_A_REGULAR_FILE));
            } else {
                inputs.putIfAbsent(key(file), SourceInput.ofFile(slashes(path), file));
            }
            if (inputs.size() + failures.size() + skipped.size() == found) {
                unmatched.add(slashes(path));
            }
        }
        List<SourceInput> sorted = inputs.values().stream().sorted(Comparator.comparing(SourceInput::path)).toList();
        skipped.sort(Comparator.comparing(CollectedFiles.SkippedPath::path));
        return new CollectedFiles(sorted, failures, skipped, unmatched);
    }

    /** The JVM decodes arguments and file names with the locale's charset; under {@code C} only ASCII fits. */
    private static String unencodableReason() {
        return "cannot read: the name cannot be written in this system's file-name encoding ("
                + System.getProperty("sun.jnu.encoding", "unknown") + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String slashes(String path) {
        return DisplayPath.slashed(path);
    }

    /** The prefix of files found under a folder: the folder as typed with one trailing slash, nothing for {@code .}. */
    private static String displayPrefix(String folder) {
        String prefix = slashes(folder);
        while (prefix.length() > 1 && prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.equals(".")) {
            return "";
        }
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Carries an invalid selection out of a file visitor, which may only throw {@link IOException}. */
    private static final class UncheckedSelection extends RuntimeException {
        private final FolderSelection.InvalidSelectionException cause;

        UncheckedSelection(FolderSelection.InvalidSelectionException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    /**
     * One folder walk, with the stack of ignore files in force (those of the repository above the walked folder,
     * then those of the folders it is in) and of the include and exclude globs of the folders it is in.
     */
    private final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final String prefix;
        private final Map<Path, SourceInput> inputs;
        private final List<CollectedFiles.PathFailure> failures;
        private final List<CollectedFiles.SkippedPath> skipped;
        private final Deque<IgnoreScope> ignores = new ArrayDeque<>();
        private final Deque<FolderSelection.Globs> globs = new ArrayDeque<>();
        /** A glob typed on the command line, which chooses the files in place of the configured includes. */
        private final Glob only;
        private Path realRoot;
        private Path absoluteRoot;

        Walk(Path root, String prefix, Map<Path, SourceInput> inputs, List<CollectedFiles.PathFailure> failures,
             List<CollectedFiles.SkippedPath> skipped, Glob only) {
            this.root = root;
            this.prefix = prefix;
            this.inputs = inputs;
            this.failures = failures;
            this.skipped = skipped;
            this.only = only;
        }

        void run() {
            try {
                realRoot = root.toRealPath();
                absoluteRoot = root.toAbsolutePath().normalize();
                RepositoryIgnores.above(absoluteRoot).forEach(ignores::push);
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
            } catch (IOException failure) {
                failures.add(new CollectedFiles.PathFailure(display(root), reason(failure)));
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root)) {
                String relative = relative(dir);
                if (hidden(dir) || excluded(dir, relative + "/") || ignored(relative, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!followLinksOutside && leadsOutside(dir)) {
                    skipped.add(new CollectedFiles.SkippedPath(display(dir), OUTSIDE_LINK));
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            String below = dir.equals(root) ? "" : relative(dir) + "/";
            ignores.push(new IgnoreScope(RepositoryIgnores.read(dir.resolve(GitIgnore.FILE_NAME)), "", below));
            globs.push(selection(dir));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            ignores.pop();
            globs.pop();
            if (failure != null) {
                failures.add(new CollectedFiles.PathFailure(display(dir), reason(failure)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Sockets, pipes and devices: reading them could block forever. A dangling link is kept and reported.
            if (attrs.isOther() || attrs.isDirectory()) {
                return FileVisitResult.CONTINUE;
            }
            String relative = relative(file);
            if (hidden(file) || !included(file, relative) || excluded(file, relative) || ignored(relative, false)) {
                return FileVisitResult.CONTINUE;
            }
            inputs.putIfAbsent(key(file), SourceInput.ofWalkedFile(prefix + relative, file));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            if (file.equals(root)) {
                failures.add(new CollectedFiles.PathFailure(display(file), reason(failure)));
                return FileVisitResult.CONTINUE;
            }
            if (failure instanceof FileSystemLoopException || hidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            String relative = relative(file);
            if (!excluded(file, relative) && !excluded(file, relative + "/")
                    && !ignored(relative, Files.isDirectory(file))) {
                failures.add(new CollectedFiles.PathFailure(display(file), reason(failure)));
            }
            return FileVisitResult.CONTINUE;
        }

        /** Whether {@code dir} is a symbolic link to a folder that is not inside the walked folder. */
        private boolean leadsOutside(Path dir) {
            if (!Files.isSymbolicLink(dir)) {
                return false;
            }
            try {
                return !dir.toRealPath().startsWith(realRoot);
            } catch (IOException unresolvable) {
                return true;
            }
        }

        /** The display path of something under the root; the root itself shows as typed. */
        private String display(Path path) {
            String relative = relative(path);
            if (!relative.isEmpty()) {
                return prefix + relative;
            }
            return prefix.isEmpty() ? "." : prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix;
        }

        private String relative(Path path) {
            return slashes(root.relativize(path).toString());
        }

        private FolderSelection.Globs selection(Path dir) {
            try {
                return selection.in(absolute(dir));
            } catch (FolderSelection.InvalidSelectionException invalid) {
                throw new UncheckedSelection(invalid);
            }
        }

        /** A path under the root, absolute and normalized, as the globs' base folders are. */
        private Path absolute(Path path) {
            return absoluteRoot.resolve(root.relativize(path)).normalize();
        }

        /** The globs of the folder being walked: a file's own folder, or a subfolder's parent. */
        private boolean included(Path file, String relative) {
            if (only != null) {
                return only.matches(relative);
            }
            return globs.peek().include().matches(absolute(file), relative);
        }

        private boolean excluded(Path path, String relative) {
            return globs.peek().exclude().matches(absolute(path), relative);
        }

        /** The deepest ignore file with an opinion decides, as in git ({@code info/exclude} is the shallowest). */
        private boolean ignored(String relative, boolean directory) {
            for (IgnoreScope scope : ignores) {
                Optional<Boolean> verdict = scope.ignores(relative, directory);
                if (verdict.isPresent()) {
                    return verdict.get();
                }
            }
            return false;
        }
    }

    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "cannot read: no such file";
        }
        String message = failure.getMessage();
        return "cannot read: " + (message == null ? failure.getClass().getSimpleName() : message);
    }

}
