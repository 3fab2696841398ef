package org.reportlint.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The rule packs a class path holds: a pack named {@code acme} is the folder {@code reportlint-pack/acme/} of a jar
 * or class-path folder, with its config {@code reportlint.json} and the files that config names. A config reaches
 * it with {@code "extends": "pack:acme"}; everything inside the pack resolves within the pack.
 */
public final class RulePacks {
    /** What an {@code extends} value starts with to name a pack. */
    public static final String PREFIX = "pack:";
    /** The class-path folder that holds one folder per pack. */
    public static final String FOLDER = "reportlint-pack";
    /** The config of a pack, at the top of its folder. */
    public static final String CONFIG = "reportlint.json";
    /** A name that is one path segment, so that it cannot reach outside {@link #FOLDER}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ClassLoader loader;

    private RulePacks(ClassLoader loader) {
        this.loader = loader;
    }

    /** The packs on {@code loader}'s class path. */
    public static RulePacks on(ClassLoader loader) {
        return new RulePacks(loader);
    }

    /**
     * The packs on {@code parent}'s class path and in {@code roots}: jars, or folders holding
     * {@code reportlint-pack/NAME/}, as a class path lists them. A root that does not exist is not an error here;
     * front ends check the paths they were given.
     */
    public static RulePacks on(ClassLoader parent, List<Path> roots) {
        if (roots.isEmpty()) {
            return on(parent);
        }
        List<URL> urls = new ArrayList<>();
        for (Path root : roots) {
            try {
                urls.add(root.toAbsolutePath().normalize().toUri().toURL());
            } catch (MalformedURLException impossible) {
                throw new IllegalArgumentException(root.toString(), impossible);
            }
        }
        // Never closed: its jars stay readable for as long as the configs read through it may be re-read.
        return on(new URLClassLoader(urls.toArray(URL[]::new), parent));
    }

    /** The class loader the packs are resources of. */
    ClassLoader loader() {
        return loader;
    }

    /** Whether an {@code extends} value names a pack rather than a preset or a config file. */
    static boolean isReference(String value) {
        return value.startsWith(PREFIX);
    }

    /** What is wrong with a pack name as written after {@code pack:}, if anything. */
    static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("give the pack's name after \"pack:\", such as \"pack:acme\"");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("a pack name is letters, digits, '.', '-' and '_', starting with a letter or digit");
        }
        return Optional.empty();
    }

    /** The resource a pack's config is, such as {@code reportlint-pack/acme/reportlint.json}. */
    static String configResource(String name) {
        return FOLDER + "/" + name + "/" + CONFIG;
    }

    /**
     * The config of the pack {@code name}.
     *
     * @throws UnknownPackException when no jar or folder of the class path holds it, or more than one does
     */
    ConfigSource config(String name) throws UnknownPackException {
        List<URL> copies = copies(name);
        if (copies.isEmpty()) {
            List<String> found = names();
            throw new UnknownPackException("no rule pack \"" + name + "\" on the class path (no "
                    + configResource(name) + ")" + Nearest.hint(name, found) + "; "
                    + (found.isEmpty() ? "no packs found" : "packs found: " + String.join(", ", found)));
        }
        if (copies.size() > 1) {
            // Silently taking the first would make the rules depend on class-path order.
            throw new UnknownPackException("rule pack \"" + name + "\" is on the class path " + copies.size()
                    + " times: " + String.join(", ", copies.stream().map(RulePacks::container).toList())
                    + "; keep one");
        }
        return new PackConfigSource(name, CONFIG, loader);
    }

    /** The names of the packs found, in order. */
    public List<String> names() {
        Set<String> names = new TreeSet<>();
        for (Path root : roots()) {
            scan(root, names);
        }
        // A jar seen through a loader that is not a URLClassLoader is still found when it lists its folders.
        for (URL folder : resources(FOLDER)) {
            scanned(folder).ifPresent(root -> scan(root, names));
        }
        names.removeIf(name -> nameProblem(name).isPresent() || copies(name).isEmpty());
        return List.copyOf(names);
    }

    private List<URL> copies(String name) {
        List<URL> unique = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (URL url : resources(configResource(name))) {
            if (seen.add(url.toString())) {
                unique.add(url);
            }
        }
        return unique;
    }

    private List<URL> resources(String name) {
        try {
            Enumeration<URL> found = loader.getResources(name);
            return Collections.list(found);
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /** The jars and folders of the loaders' class paths, as far as they can be listed. */
    private List<Path> roots() {
        Set<Path> roots = new LinkedHashSet<>();
        boolean system = false;
        for (ClassLoader at = loader; at != null; at = at.getParent()) {
            if (at instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    fileOf(url).ifPresent(roots::add);
                }
            }
            system |= at == ClassLoader.getSystemClassLoader();
        }
        if (system) {
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    roots.add(Path.of(entry).toAbsolutePath().normalize());
                }
            }
        }
        return List.copyOf(roots);
    }

    /** The jar or folder that holds a {@code reportlint-pack} folder found as a resource. */
    private static Optional<Path> scanned(URL folder) {
        String text = folder.toString();
        if (text.startsWith("jar:") && text.contains("!/")) {
            try {
                return fileOf(new URL(text.substring(4, text.indexOf("!/"))));
            } catch (MalformedURLException notAFile) {
                return Optional.empty();
            }
        }
        return fileOf(folder).map(Path::getParent);
    }

    private static void scan(Path root, Set<String> names) {
        if (Files.isDirectory(root)) {
            Path folder = root.resolve(FOLDER);
            if (!Files.isDirectory(folder)) {
                return;
            }
            try (Stream<Path> packs = Files.list(folder)) {
                packs.filter(pack -> Files.isRegularFile(pack.resolve(CONFIG)))
                        .forEach(pack -> names.add(pack.getFileName().toString()));
            } catch (IOException | UncheckedIOException unreadable) {
                // A folder that cannot be listed holds no pack we could use.
            }
        } else if (Files.isRegularFile(root)) {
            try (ZipFile jar = new ZipFile(root.toFile())) {
                jar.stream().map(ZipEntry::getName).map(RulePacks::packOf).flatMap(Optional::stream)
                        .forEach(names::add);
            } catch (IOException notAJar) {
                // Not a zip: nothing of the class path to list.
            }
        }
    }

    /** The pack an entry {@code reportlint-pack/NAME/reportlint.json} is the config of. */
    private static Optional<String> packOf(String entry) {
        String prefix = FOLDER + "/";
        String suffix = "/" + CONFIG;
        if (entry.startsWith(prefix) && entry.endsWith(suffix) && entry.length() > prefix.length() + suffix.length()) {
            String name = entry.substring(prefix.length(), entry.length() - suffix.length());
            return name.contains("/") ? Optional.empty() : Optional.of(name);
        }
        return Optional.empty();
    }

    private static Optional<Path> fileOf(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException notAPath) {
            return Optional.empty();
        }
    }

    /** The jar a resource was found in, or the resource's file in a class-path folder, as a user recognises it. */
    static String container(URL resource) {
        String text = resource.toString();
        if (text.startsWith("jar:") && text.contains("!/")) {
            try {
                return fileOf(new URL(text.substring(4, text.indexOf("!/")))).map(Path::toString)
                        .orElse(text.substring(4, text.indexOf("!/")));
            } catch (MalformedURLException notAFile) {
                return text;
            }
        }
        return fileOf(resource).map(Path::toString).orElse(text);
    }

    /** Why a pack cannot be used; the resolver reports it at the {@code extends} that names the pack. */
    static final class UnknownPackException extends Exception {
        UnknownPackException(String reason) {
            super(reason, null, false, false);
        }
    }
}
