package org.reportlint.maven;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.run.LintRequest;

/**
 * What the goals' parameters ask of one run, checked: the folder paths are relative to, what to lint, how to
 * configure and decode it, the baseline. Every goal (check, aggregate, report) builds its request from one.
 *
 * @param base the folder paths are resolved against and shown relative to
 * @param sources the folders and files to lint, absolute
 * @param includes globs of files to lint, or empty for the configuration's
 * @param excludes globs of files to skip, or empty for the configuration's
 * @param config a configuration that replaces discovery
 * @param encoding the charset of files that declare none
 * @param baseline the baseline file; with {@code updateBaseline} it is written, else it must exist
 */
record LintSettings(Path base, List<Path> sources, List<String> includes, List<String> excludes,
                    Optional<ConfigSource> config, Charset encoding, Optional<Path> baseline,
                    boolean updateBaseline, FailPolicy failPolicy) {

    /** The request the command line would build for the same settings, paths relative to the base folder. */
    LintRequest request() {
        LintRequest.Builder request = LintRequest.builder()
                .baseDirectory(base)
                .paths(sources.stream().map(source -> Paths.display(base, source)).toList())
                .failPolicy(failPolicy)
                .fallbackCharset(encoding);
        if (!includes.isEmpty()) {
            request.includes(includes);
        }
        if (!excludes.isEmpty()) {
            request.excludes(excludes);
        }
        config.ifPresent(source -> source.file().ifPresentOrElse(request::configFile,
                () -> request.configSource(source)));
        baseline.ifPresent(file -> request.baseline(file).updateBaseline(updateBaseline));
        return request.build();
    }

    /**
     * The {@code encoding} parameter: a charset name, or blank for UTF-8 (a project that sets no
     * {@code project.build.sourceEncoding} gets the same result on every platform).
     */
    static Charset charset(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        Charset charset;
        try {
            charset = Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new MojoExecutionException("reportlint: unknown encoding \"" + encoding.trim() + "\"");
        }
        if (!org.reportlint.core.source.SourceDecoder.readsAsciiAsAscii(charset)) {
            throw new MojoExecutionException("reportlint: encoding " + charset.name() + " does not read ASCII as "
                    + "ASCII; files in it are recognised by their byte order mark, so leave encoding for the others");
        }
        return charset;
    }

    /** The {@code baseline} and {@code updateBaseline} parameters, checked. */
    static Optional<Path> baseline(Path base, java.io.File baseline, boolean update) throws MojoExecutionException {
        if (baseline == null) {
            if (update) {
                throw new MojoExecutionException("reportlint: updateBaseline needs the baseline parameter");
            }
            return Optional.empty();
        }
        return Optional.of(update ? Paths.absolute(base, baseline)
                : ConfigLocations.existingFile(base, baseline.toPath(), "baseline"));
    }

    /** The {@code failOn} and {@code maxWarnings} parameters, checked. */
    static FailPolicy failPolicy(String failOn, int maxWarnings) throws MojoExecutionException {
        Optional<Optional<org.reportlint.core.rule.Severity>> level = FailPolicy.parseLevel(failOn.trim());
        if (level.isEmpty()) {
            throw new MojoExecutionException("reportlint: invalid failOn \"" + failOn
                    + "\" (expected error, warning, info or never)");
        }
        return new FailPolicy(level.get(), maxWarnings);
    }
}
