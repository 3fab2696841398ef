package org.reportlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.engine.ScoreGate;
import org.reportlint.core.files.RepositoryRoot;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.run.LintOutcome;

/**
 * What the goals that fail a build share ({@code check} for one project, {@code aggregate} for a whole reactor):
 * their parameters, the build log, the report files, and the failure.
 */
abstract class AbstractLintMojo extends AbstractMojo {

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
     * The configuration to use instead of discovering one, as maven-checkstyle-plugin's {@code configLocation}: a
     * file path (relative to the project folder), a URL ({@code file:}, {@code http(s):}, {@code jar:}), or a
     * resource on the plugin's class path, such as {@code reportlint/shared.json} from a config jar added as a
     * dependency of the plugin ({@code classpath:} in front forces the class path). An {@code "extends"} inside it
     * names another config relative to it, found in the same place. Its globs are relative to the project folder.
     * Not together with {@code configFile}.
     */
    @Parameter(property = "reportlint.configLocation")
    private String configLocation;

    /**
     * The charset of report files that declare none: no byte order mark, no {@code <meta charset>}, not UTF-16 or
     * UTF-32 recognisable by their NUL bytes. Blank for UTF-8. A charset that does not read ASCII as ASCII (UTF-16,
     * EBCDIC) is an error.
     */
    @Parameter(property = "reportlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

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
     * Lists every finding in the build log, {@code path:line:col: severity: message [rule]}. With {@code false} the
     * log has only the count per rule and the summary line (as maven-checkstyle-plugin's {@code consoleOutput}); the
     * report files list every finding either way.
     */
    @Parameter(property = "reportlint.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

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

    /** The version reports name as the tool's. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** The folder paths are resolved against and shown relative to. */
    abstract Path baseDirectory();

    /**
     * The folders and files to lint, absolute; empty when there is nothing to lint, after saying so in the log.
     *
     * @throws MojoExecutionException when the configuration of the sources is wrong
     */
    abstract List<Path> sources(Path base) throws MojoExecutionException;

    /** The command that reproduces the run, for the reports that print one. */
    abstract String command();

    /** Whether this execution is to do nothing (beyond {@code skip}), after saying why in the log. */
    boolean skipHere() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("reportlint: skipped");
            return;
        }
        if (skipHere()) {
            return;
        }
        Path base = baseDirectory().toAbsolutePath().normalize();
        FailPolicy failPolicy = LintSettings.failPolicy(failOn, maxWarnings);
        ScoreGate gate = scoreGate();
        List<FormatterProvider> reportFormats = reportFormats();
        List<Path> sources = sources(base);
        if (sources.isEmpty()) {
            return;
        }
        LintSettings settings = new LintSettings(base, sources, list(includes), list(excludes),
                ConfigLocations.resolve(base, configFile, configLocation, getClass().getClassLoader()),
                LintSettings.charset(encoding), LintSettings.baseline(base, baseline, updateBaseline),
                updateBaseline, failPolicy);
        PluginLint.Ran ran = PluginLint.run(settings);
        report(base, ran, failPolicy, gate, reportFormats);
    }

    /** Writes the log and the report files, then fails the build if the run says so. */
    private void report(Path base, PluginLint.Ran ran, FailPolicy failPolicy, ScoreGate gate,
                        List<FormatterProvider> reportFormats) throws MojoExecutionException, MojoFailureException {
        LintResult result = ran.result();
        LintOutcome outcome = ran.outcome();
        result.files().forEach(gate::add);
        int exitCode = gate.exitCode(outcome.exitCode());
        String summary = LogLines.summary(result);
        BuildLog.write(result, getLog(), consoleOutput);
        outcome.baselineWritten().ifPresent(file -> getLog().info("reportlint: wrote baseline "
                + Paths.display(base, file)));
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
        writeReports(result, reportFormats, new FormatContext(toolVersion(pluginVersion), false,
                ran.rulesMetadata()).withRepositoryPath(RepositoryRoot.pathOf(base)).withCommand(command()));
        if (exitCode == FailPolicy.EXIT_FINDINGS) {
            throw new MojoFailureException(summary);
        }
        if (exitCode != FailPolicy.EXIT_OK) {
            throw new MojoExecutionException(LogLines.incomplete(result).orElse(summary));
        }
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

    /** The version reports name; only a plugin run outside a Maven build has none. */
    static String toolVersion(String pluginVersion) {
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

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
