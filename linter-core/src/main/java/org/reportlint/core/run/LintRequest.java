package org.reportlint.core.run;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.core.config.RulePacks;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.shard.ShardRun;
import org.reportlint.core.source.SourceDecoder;
import org.reportlint.core.source.SourceInput;

/**
 * Everything a lint run needs, as the command line or the Maven plugin collected it; immutable.
 *
 * <p>Paths are resolved against {@link #baseDirectory()} and reported as given. Rule settings apply in the order
 * they were added, a later one for the same id winning.
 */
public final class LintRequest {
    private final Path baseDirectory;
    private final List<String> paths;
    private final Optional<SourceInput> stdin;
    private final Optional<List<String>> includes;
    private final Optional<List<String>> excludes;
    private final Optional<Path> configFile;
    private final Optional<ConfigSource> configSource;
    private final Optional<RulePacks> rulePacks;
    private final Optional<Path> baseline;
    private final boolean updateBaseline;
    private final FixMode fixMode;
    private final Preset preset;
    private final Map<String, RuleSetting> ruleSettings;
    private final int threads;
    private final FailPolicy failPolicy;
    private final boolean followSymlinks;
    private final boolean errorOnUnmatched;
    private final Optional<ShardRun> shard;
    private final Charset fallbackCharset;
    private final Optional<java.util.function.Predicate<Path>> onlyFiles;

    private LintRequest(Builder builder) {
        this.baseDirectory = builder.baseDirectory;
        this.paths = List.copyOf(builder.paths);
        this.stdin = builder.stdin;
        this.includes = builder.includes;
        this.excludes = builder.excludes;
        this.configFile = builder.configFile;
        this.configSource = builder.configSource;
        this.rulePacks = builder.rulePacks;
        this.baseline = builder.baseline;
        this.updateBaseline = builder.updateBaseline;
        this.fixMode = builder.fixMode;
        this.preset = builder.preset;
        this.ruleSettings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ruleSettings));
        this.threads = builder.threads;
        this.failPolicy = builder.failPolicy;
        this.followSymlinks = builder.followSymlinks;
        this.errorOnUnmatched = builder.errorOnUnmatched;
        this.shard = builder.shard;
        this.fallbackCharset = builder.fallbackCharset;
        this.onlyFiles = builder.onlyFiles;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    public List<String> paths() {
        return paths;
    }

    /** Content read from standard input, under the name it is reported and detected by. */
    public Optional<SourceInput> stdin() {
        return stdin;
    }

    /** Globs of files a folder walk lints; empty to take them from configuration, else the defaults. */
    public Optional<List<String>> includes() {
        return includes;
    }

    /** Globs of files a folder walk skips; empty to take them from configuration, else the defaults. */
    public Optional<List<String>> excludes() {
        return excludes;
    }

    /** A configuration file that replaces discovery of {@code .reportlint.json} files. */
    public Optional<Path> configFile() {
        return configFile;
    }

    /**
     * A configuration from a URL or a class path that replaces discovery, as the Maven plugin's
     * {@code configLocation} names one; it applies as if it were in the base directory.
     */
    public Optional<ConfigSource> configSource() {
        return configSource;
    }

    /** The rule packs {@code "extends": "pack:NAME"} can name; empty for those of the core's own class path. */
    public Optional<RulePacks> rulePacks() {
        return rulePacks;
    }

    /** A baseline file of accepted findings. */
    public Optional<Path> baseline() {
        return baseline;
    }

    /** Whether to write the run's findings to the baseline file instead of filtering by it. */
    public boolean updateBaseline() {
        return updateBaseline;
    }

    public FixMode fixMode() {
        return fixMode;
    }

    public Preset preset() {
        return preset;
    }

    /** Rule levels and options by id, in the order given. */
    public Map<String, RuleSetting> ruleSettings() {
        return ruleSettings;
    }

    public int threads() {
        return threads;
    }

    public FailPolicy failPolicy() {
        return failPolicy;
    }

    /** Whether a folder walk follows symbolic links to folders outside the folder walked; default: no. */
    public boolean followSymlinks() {
        return followSymlinks;
    }

    /** Whether a path or glob that gives no file to lint is a usage error, as a typo would be. */
    public boolean errorOnUnmatched() {
        return errorOnUnmatched;
    }

    /** The shard of a split run this request lints, and that receives what the merge needs; empty for a whole run. */
    public Optional<ShardRun> shard() {
        return shard;
    }

    /**
     * The charset files are read in when no byte order mark, {@code <meta>} declaration or NUL pattern names one;
     * default UTF-8.
     */
    public Charset fallbackCharset() {
        return fallbackCharset;
    }

    /**
     * Which of the collected files to lint (such as those {@code --changed-since} found changed), by absolute
     * normalised path; empty to lint every file collected.
     */
    public Optional<java.util.function.Predicate<Path>> onlyFiles() {
        return onlyFiles;
    }

    /**
     * Collects a request; every field has a default except the paths (none), standard input, the configuration file
     * and the baseline (none of them).
     */
    public static final class Builder {
        private Path baseDirectory = Path.of("");
        private final List<String> paths = new ArrayList<>();
        private Optional<SourceInput> stdin = Optional.empty();
        private Optional<List<String>> includes = Optional.empty();
        private Optional<List<String>> excludes = Optional.empty();
        private Optional<Path> configFile = Optional.empty();
        private Optional<ConfigSource> configSource = Optional.empty();
        private Optional<RulePacks> rulePacks = Optional.empty();
        private Optional<Path> baseline = Optional.empty();
        private boolean updateBaseline;
        private FixMode fixMode = FixMode.NONE;
        private Preset preset = Preset.RECOMMENDED;
        private final Map<String, RuleSetting> ruleSettings = new LinkedHashMap<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private FailPolicy failPolicy = FailPolicy.DEFAULT;
        private boolean followSymlinks;
        private boolean errorOnUnmatched = true;
        private Optional<ShardRun> shard = Optional.empty();
        private Charset fallbackCharset = StandardCharsets.UTF_8;
        private Optional<java.util.function.Predicate<Path>> onlyFiles = Optional.empty();

        private Builder() {
        }

        /** The folder relative paths are resolved against; default: the current directory. */
        public Builder baseDirectory(Path folder) {
            this.baseDirectory = Objects.requireNonNull(folder, "folder");
            return this;
        }

        public Builder path(String path) {
            paths.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        public Builder paths(List<String> more) {
            more.forEach(this::path);
            return this;
        }

        /** Lints {@code content} as if it were a file called {@code name}. */
        public Builder stdin(byte[] content, String name) {
            this.stdin = Optional.of(SourceInput.ofContent(name, content));
            return this;
        }

        public Builder includes(List<String> globs) {
            this.includes = Optional.of(List.copyOf(globs));
            return this;
        }

        public Builder excludes(List<String> globs) {
            this.excludes = Optional.of(List.copyOf(globs));
            return this;
        }

        /** Uses this configuration file instead of discovering {@code .reportlint.json} files; relative to the base. */
        public Builder configFile(Path file) {
            this.configFile = Optional.of(Objects.requireNonNull(file, "file"));
            this.configSource = Optional.empty();
            return this;
        }

        /** Uses this configuration instead of discovering {@code .reportlint.json} files; replaces a config file. */
        public Builder configSource(ConfigSource source) {
            this.configSource = Optional.of(Objects.requireNonNull(source, "source"));
            this.configFile = Optional.empty();
            return this;
        }

        /** Finds the rule packs that configs extend in {@code packs}, such as the class path plus a pack folder. */
        public Builder rulePacks(RulePacks packs) {
            this.rulePacks = Optional.of(Objects.requireNonNull(packs, "packs"));
            return this;
        }

        /** Filters findings through this baseline file, or writes it with {@link #updateBaseline(boolean)}. */
        public Builder baseline(Path file) {
            this.baseline = Optional.of(Objects.requireNonNull(file, "file"));
            return this;
        }

        public Builder updateBaseline(boolean update) {
            this.updateBaseline = update;
            return this;
        }

        public Builder fixMode(FixMode mode) {
            this.fixMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder preset(Preset value) {
            this.preset = Objects.requireNonNull(value, "preset");
            return this;
        }

        /** Sets a rule's level (and options); applied after the earlier settings. */
        public Builder rule(String id, RuleSetting setting) {
            ruleSettings.remove(id);
            ruleSettings.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(setting, "setting"));
            return this;
        }

        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + count);
            }
            this.threads = count;
            return this;
        }

        public Builder failPolicy(FailPolicy policy) {
            this.failPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Whether a path or glob that gives no file is an error (default) or just lints nothing. */
        public Builder errorOnUnmatched(boolean error) {
            this.errorOnUnmatched = error;
            return this;
        }

        public Builder followSymlinks(boolean follow) {
            this.followSymlinks = follow;
            return this;
        }

        /** Lints only the files of one shard of the run and leaves the cross-document step to a merge. */
        public Builder shard(ShardRun run) {
            this.shard = Optional.of(Objects.requireNonNull(run, "run"));
            return this;
        }

        /**
         * Reads files that declare no charset as {@code charset} instead of UTF-8, as a build's source encoding says.
         *
         * @throws IllegalArgumentException for a charset that does not read ASCII as ASCII (UTF-16, UTF-32, EBCDIC):
         *     markup could not be found in such a file, which is recognised by its byte order mark or NULs anyway
         */
        public Builder fallbackCharset(Charset charset) {
            if (!SourceDecoder.readsAsciiAsAscii(Objects.requireNonNull(charset, "charset"))) {
                throw new IllegalArgumentException(charset.name() + " does not read ASCII as ASCII; files in it are "
                        + "recognised by their byte order mark");
            }
            this.fallbackCharset = charset;
            return this;
        }

        /** Lints only the collected files {@code keep} accepts (absolute, normalised paths). */
        public Builder onlyFiles(java.util.function.Predicate<Path> keep) {
            this.onlyFiles = Optional.of(Objects.requireNonNull(keep, "keep"));
            return this;
        }

        public LintRequest build() {
            return new LintRequest(this);
        }
    }
}
