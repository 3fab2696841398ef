package org.reportlint.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.engine.SourceInput;
import org.reportlint.core.files.FileCollector;

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
    private final List<String> includes;
    private final List<String> excludes;
    private final Preset preset;
    private final Map<String, RuleSetting> ruleSettings;
    private final int threads;
    private final FailPolicy failPolicy;
    private final Optional<Path> configFile;
    private final Optional<Path> baseline;

    private LintRequest(Builder builder) {
        this.baseDirectory = builder.baseDirectory;
        this.paths = List.copyOf(builder.paths);
        this.stdin = builder.stdin;
        this.includes = List.copyOf(builder.includes);
        this.excludes = List.copyOf(builder.excludes);
        this.preset = builder.preset;
        this.ruleSettings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ruleSettings));
        this.threads = builder.threads;
        this.failPolicy = builder.failPolicy;
        this.configFile = builder.configFile;
        this.baseline = builder.baseline;
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

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
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

    /** The configuration file that replaces discovery, when one was given. */
    public Optional<Path> configFile() {
        return configFile;
    }

    /** The baseline file whose accepted findings are not reported, when one was given. */
    public Optional<Path> baseline() {
        return baseline;
    }

    /**
     * Collects a request; every field has a default except the paths (none), standard input, the configuration file
     * and the baseline (none of them).
     */
    public static final class Builder {
        private Path baseDirectory = Path.of("");
        private final List<String> paths = new ArrayList<>();
        private Optional<SourceInput> stdin = Optional.empty();
        private List<String> includes = FileCollector.DEFAULT_INCLUDES;
        private List<String> excludes = FileCollector.DEFAULT_EXCLUDES;
        private Preset preset = Preset.RECOMMENDED;
        private final Map<String, RuleSetting> ruleSettings = new LinkedHashMap<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private FailPolicy failPolicy = FailPolicy.DEFAULT;
        private Optional<Path> configFile = Optional.empty();
        private Optional<Path> baseline = Optional.empty();

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
            this.includes = List.copyOf(globs);
            return this;
        }

        public Builder excludes(List<String> globs) {
            this.excludes = List.copyOf(globs);
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

        /** Uses this configuration file instead of discovering one; resolved against the base directory. */
        public Builder configFile(Path file) {
            this.configFile = Optional.of(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Reports only findings beyond those this baseline file accepts; resolved against the base directory. */
        public Builder baseline(Path file) {
            this.baseline = Optional.of(Objects.requireNonNull(file, "file"));
            return this;
        }

        public LintRequest build() {
            return new LintRequest(this);
        }
    }
}
