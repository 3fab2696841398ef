package org.reportlint.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.spark.LintConfigException;

/**
 * A config file and every config it {@code extends}, as text read on the driver, so that executors, which may not
 * see the driver's disk, resolve the same configuration. Each source is known by a key; {@code links} says which
 * source a reference written in another one names, as the driver's resolver found it.
 */
public final class ConfigBundle implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String DEFAULTS = "(defaults)";

    private final String root;
    private final boolean named;
    private final HashMap<String, String> texts;
    private final HashMap<String, String> shown;
    private final HashMap<String, String> links;

    private ConfigBundle(String root, boolean named, Map<String, String> texts, Map<String, String> shown,
                         Map<String, String> links) {
        this.root = root;
        this.named = named;
        this.texts = new HashMap<>(texts);
        this.shown = new HashMap<>(shown);
        this.links = new HashMap<>(links);
    }

    /** No config file: an empty configuration, which is the {@code recommended} preset. */
    public static ConfigBundle empty() {
        return new ConfigBundle(DEFAULTS, false, Map.of(DEFAULTS, "{}"), Map.of(DEFAULTS, DEFAULTS), Map.of());
    }

    /** One config given as text; a reference to another file in it names nothing. */
    public static ConfigBundle ofText(String name, String json) {
        return new ConfigBundle(name, true, Map.of(name, json), Map.of(name, name), Map.of());
    }

    /** Reads {@code file} and every config it extends, through the resolver that reads them in a CLI run. */
    public static ConfigBundle read(Path file) throws LintConfigException {
        Recorder recorder = new Recorder(Path.of("").toAbsolutePath());
        Recording source = new Recording(ConfigSource.file(file), recorder);
        ConfigResolver resolver = new ConfigResolver(JvmRules.registry(), Map.of(), recorder.displayBase,
                Optional.of(source));
        try {
            resolver.chainFor(recorder.displayBase);
        } catch (ConfigException invalid) {
            throw new LintConfigException(invalid.getMessage());
        }
        return new ConfigBundle(source.key(), true, recorder.texts, recorder.shown, recorder.links);
    }

    /** How messages name the config file, or empty when there is none. */
    public Optional<String> name() {
        return named ? Optional.of(shown.get(root)) : Optional.empty();
    }

    /** The config file, as the resolver of an executor reads it. */
    public ConfigSource source() {
        return new Bundled(root, this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigBundle that && root.equals(that.root) && named == that.named
                && texts.equals(that.texts) && links.equals(that.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, texts, links);
    }

    /** A source of the bundle; it has no file, so its globs apply relative to the resolver's base folder. */
    private record Bundled(String key, ConfigBundle bundle) implements ConfigSource {

        @Override
        public String read() throws IOException {
            String text = bundle.texts.get(key);
            if (text == null) {
                throw new NoSuchFileException(key);
            }
            return text;
        }

        @Override
        public ConfigSource resolve(String reference) {
            return new Bundled(bundle.links.getOrDefault(link(key, reference), reference), bundle);
        }

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public String shown(Path displayBase) {
            return bundle.shown.getOrDefault(key, key);
        }

        @Override
        public String fileName() {
            String name = shown(null);
            return name.substring(name.lastIndexOf('/') + 1);
        }
    }

    private static String link(String from, String reference) {
        return from + "\n" + reference;
    }

    /** What the driver's resolver read, by source. */
    private static final class Recorder {
        final Path displayBase;
        final Map<String, String> texts = new HashMap<>();
        final Map<String, String> shown = new HashMap<>();
        final Map<String, String> links = new HashMap<>();

        Recorder(Path displayBase) {
            this.displayBase = displayBase;
        }
    }

    /** A source that reads through to the real one and records its text and the references it resolves. */
    private record Recording(ConfigSource delegate, Recorder recorder) implements ConfigSource {

        String key() {
            return delegate.toString();
        }

        @Override
        public String read() throws IOException {
            String text = delegate.read();
            recorder.texts.put(key(), text);
            recorder.shown.put(key(), delegate.shown(recorder.displayBase));
            return text;
        }

        @Override
        public ConfigSource resolve(String reference) {
            Recording base = new Recording(delegate.resolve(reference), recorder);
            recorder.links.put(link(key(), reference), base.key());
            return base;
        }

        @Override
        public Optional<Path> file() {
            return delegate.file();
        }

        @Override
        public String shown(Path displayBase) {
            return delegate.shown(displayBase);
        }

        @Override
        public String fileName() {
            return delegate.fileName();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Recording that && delegate.equals(that.delegate);
        }

        @Override
        public int hashCode() {
            return delegate.hashCode();
        }
    }
}
