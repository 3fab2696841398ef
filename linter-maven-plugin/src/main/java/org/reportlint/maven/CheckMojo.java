package org.reportlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.engine.ScoreGate;
import org.reportlint.core.files.RepositoryRoot;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.run.LintOutcome;
import org.reportlint.core.run.LintRequest;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UsageException;

/**
 * Lints the project's reports and fails the build on findings at or above {@code failOn}.
 *
 * <p>Every finding is written to the build log as {@code path:line:col: severity: message [rule]}, paths relative to
 * the project folder, followed by a summary line; report files are written to {@code outputDirectory}. Findings that
 * fail the build raise a build failure whose message is the summary line; a configuration that cannot run, or a
 * file that could not be read, is an execution error naming the path and the reason.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    static final String DEFAULT_SOURCE_DIRECTORY = "src/reports";

    /**
     * The folders (or single files) to lint. When only the default folder is used and it does not exist, the goal
     * logs that there is nothing to lint and succeeds; a configured folder that does not exist is an error.
     */
    @Parameter(property = "reportlint.sourceDirectories",
            defaultValue = "${project.basedir}/" + DEFAULT_SOURCE_DIRECTORY)
    private List<File> sourceDirectories;

    /**
     * Globs, relative to each source folder, of the files to lint there. Default: the {@code include} of the
     * project's {@code .reportlint.json}, else HTML ({@code .html}, {@code .htm}, {@code .xhtml}), Markdown
     * ({@code .md}, {@code .markdown}) and text ({@code .txt}) files at any depth.
     */
    @Parameter(property = "reportlint.includes")
    private List<String> includes;

    /**
     * Globs, relative to each source folder, of files and folders to leave out. Default: the {@code exclude} of the
     * project's {@code .reportlint.json}, else anything under a {@code node_modules} or {@code target} folder.
     * Hidden files and {@code .gitignore}d paths are always skipped.
     */
    @Parameter(property = "reportlint.excludes")
    private List<String> excludes;

    /**
     * A {@code .reportlint.json} to use instead of discovering one next to the reports. Default: none, the
     * configuration is discovered by walking up from each report's folder. A file that does not exist is an error.
     */
    @Parameter(property = "reportlint.configFile")
    private File configFile;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}.
     */
    @Parameter(property = "reportlint.failOn", defaultValue = "error")
    private String failOn;

    /** Also fail the build when there are more warnings than this; {@code -1} for no limit. */
    @Parameter(property = "reportlint.maxWarnings", defaultValue = "-1")
    private int maxWarnings;

    /**
     * Also fail the build when any document's quality score (0 to 100, see docs/scoring.md) is below this; each such
     * document is named in the log. {@code -1} (the default) for no minimum.
     */
    @Parameter(property = "reportlint.minScore", defaultValue = "-1")
    private int minScore;

    /**
     * The report files to write into {@code outputDirectory}: any registered format, such as {@code text}
     * ({@code reportlint.txt}), {@code json} ({@code reportlint.json}), {@code sarif} ({@code reportlint.sarif}),
     * {@code junit} ({@code reportlint.junit.xml}), {@code checkstyle} ({@code reportlint.checkstyle.xml}),
     * {@code github} ({@code reportlint.github.txt}), {@code html} ({@code reportlint.html}), or one that a jar added
     * as a dependency of the plugin registers. Findings always go to the build log as well.
     */
    @Parameter(property = "reportlint.formats", defaultValue = "sarif,html,json")
    private List<String> formats;

    /** Where the report files are written. */
    @Parameter(property = "reportlint.outputDirectory", defaultValue = "${project.build.directory}/reportlint")
    private File outputDirectory;

    /**
     * A baseline file of accepted findings: only findings beyond it are reported. Default: none. A file that does
     * not exist is an error.
     */
    @Parameter(property = "reportlint.baseline")
    private File baseline;

    /**
     * Records the current findings in the {@code baseline} file (creating it, and dropping entries that no longer
     * match) instead of filtering by it, so an existing corpus can adopt the plugin without fixing everything first.
     */
    @Parameter(property = "reportlint.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /** Skips linting altogether. */
    @Parameter(property = "reportlint.skip", defaultValue = "false")
    private boolean skip;

    /** The project folder: relative paths resolve against it and paths in the log are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    /** The version reports name as the tool's. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("reportlint: skipped");
            return;
        }
        Path base = projectDirectory.toPath().toAbsolutePath().normalize();
        FailPolicy failPolicy = failPolicy();
        ScoreGate gate = scoreGate();
        List<FormatterProvider> reportFormats = reportFormats();
        List<Path> sources = (sourceDirectories == null ? List.<File>of() : sourceDirectories).stream()
                .map(f -> absolute(base, f)).toList();
        Path defaultSource = base.resolve(DEFAULT_SOURCE_DIRECTORY);
        if (sources.equals(List.of(defaultSource)) && !Files.exists(defaultSource)) {
            getLog().info("reportlint: nothing to lint (" + DEFAULT_SOURCE_DIRECTORY + " does not exist)");
            return;
        }
        LintOutcome outcome;
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        // The build log and the report files are written once the run is over, so the results are collected.
        ResultCollector collected = new ResultCollector();
        try {
            outcome = new LintRunner(registry).run(request(base, sources, failPolicy), collected);
        } catch (UsageException unusable) {
            throw new MojoExecutionException("reportlint: " + unusable.getMessage());
        }
        LintResult result = collected.result();
        result.files().forEach(gate::add);
        int exitCode = gate.exitCode(outcome.exitCode());
        String summary = LogLines.summary(result);
        BuildLog.write(result, getLog());
        outcome.baselineWritten().ifPresent(file -> getLog().info("reportlint: wrote baseline " + display(base, file)));
        outcome.prunable().forEach(entry -> getLog().warn("reportlint: baseline entry no longer matches: "
                + entry.path() + " " + entry.rule() + " \"" + entry.message() + "\""));
        if (exitCode == FailPolicy.EXIT_OK) {
            if (result.summary().findings() > 0) {
                getLog().warn(summary);
            } else {
                getLog().info(summary);
            }
        } else {
            getLog().error(summary);
        }
        if (outcome.exitCode() == FailPolicy.EXIT_FINDINGS) {
            getLog().error(LogLines.failureReason(result.summary(), failPolicy));
        }
        gate.messages().forEach(line -> getLog().error("reportlint: " + line + " (minScore)"));
        // Written before failing, so that a failed build still leaves the reports for CI to keep.
        writeReports(result, reportFormats, new FormatContext(toolVersion(), false, registry.allMetadata())
                .withRepositoryPath(RepositoryRoot.pathOf(base)).withCommand("mvn reportlint:check"));
        if (exitCode == FailPolicy.EXIT_FINDINGS) {
            throw new MojoFailureException(summary);
        }
        if (exitCode != FailPolicy.EXIT_OK) {
            throw new MojoExecutionException(LogLines.incomplete(result).orElse(summary));
        }
    }

    /** The same request the command line builds, with paths relative to the project folder. */
    private LintRequest request(Path base, List<Path> sources, FailPolicy failPolicy) throws MojoExecutionException {
        LintRequest.Builder request = LintRequest.builder()
                .baseDirectory(base)
                .paths(sources.stream().map(source -> display(base, source)).toList())
                .failPolicy(failPolicy);
        if (includes != null && !includes.isEmpty()) {
            request.includes(includes);
        }
        if (excludes != null && !excludes.isEmpty()) {
            request.excludes(excludes);
        }
        existingFile(base, configFile, "configFile").ifPresent(request::configFile);
        if (updateBaseline) {
            if (baseline == null) {
                throw new MojoExecutionException("reportlint: updateBaseline needs the baseline parameter");
            }
            request.baseline(absolute(base, baseline)).updateBaseline(true);
        } else {
            existingFile(base, baseline, "baseline").ifPresent(request::baseline);
        }
        return request.build();
    }

    private ScoreGate scoreGate() throws MojoExecutionException {
        if (minScore == -1) {
            return ScoreGate.none();
        }
        try {
            return ScoreGate.atLeast(minScore);
        } catch (IllegalArgumentException invalid) {
            throw new MojoExecutionException("reportlint: minScore must be 0 to 100 (or -1 for none), not "
                    + minScore);
        }
    }

    private FailPolicy failPolicy() throws MojoExecutionException {
        Optional<Optional<Severity>> level = FailPolicy.parseLevel(failOn.trim());
        if (level.isEmpty()) {
            throw new MojoExecutionException("reportlint: invalid failOn \"" + failOn
                    + "\" (expected error, warning, info or never)");
        }
        return new FailPolicy(level.get(), maxWarnings);
    }

    /** The version reports name; only a plugin run outside a Maven build has none. */
    private String toolVersion() {
        return pluginVersion == null || pluginVersion.isBlank() ? "unknown" : pluginVersion;
    }

    private List<FormatterProvider> reportFormats() throws MojoExecutionException {
        try {
            FormatterRegistry registry = FormatterRegistry.load(getClass().getClassLoader());
            return ReportFormats.select(formats == null ? List.of() : formats, registry);
        } catch (IllegalArgumentException | IllegalStateException unknown) {
            throw new MojoExecutionException("reportlint: " + unknown.getMessage());
        }
    }

    private void writeReports(LintResult result, List<FormatterProvider> reportFormats, FormatContext context)
            throws MojoExecutionException {
        Path directory = outputDirectory.toPath();
        try {
            for (Path written : new ReportWriter(directory, context).write(result, reportFormats)) {
                getLog().debug("reportlint: wrote " + written);
            }
        } catch (IOException failure) {
            throw new MojoExecutionException("reportlint: cannot write reports to " + directory + ": "
                    + failure.getMessage(), failure);
        }
    }

    /** A configured file that must exist, resolved against the project folder. */
    private static Optional<Path> existingFile(Path base, File file, String parameter) throws MojoExecutionException {
        if (file == null) {
            return Optional.empty();
        }
        Path path = absolute(base, file);
        if (!Files.isRegularFile(path)) {
            throw new MojoExecutionException("reportlint: " + parameter + " " + display(base, path)
                    + (Files.exists(path) ? " is not a file" : " does not exist"));
        }
        return Optional.of(path);
    }

    private static Path absolute(Path base, File file) {
        return base.resolve(file.toPath()).toAbsolutePath().normalize();
    }

    /** A path as the log shows it: relative to the project folder when inside it, else absolute. */
    private static String display(Path base, Path path) {
        if (path.startsWith(base)) {
            String relative = base.relativize(path).toString();
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }
}
