package org.reportlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.files.RepositoryRoot;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;

/**
 * The reportlint page of {@code mvn site}: {@code reportlint.html} in the site lists the findings in the site's
 * look, and links to the self-contained HTML report written beside it ({@code reportlint/report.html}). A report
 * never fails the build, whatever it finds; {@code reportlint:check} does that.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {
    /** Where the self-contained HTML report goes, relative to the site folder. */
    static final String FULL_REPORT = "reportlint/report.html";

    /** The folders (or single files) to lint, as for {@code reportlint:check}. */
    @Parameter(property = "reportlint.sourceDirectories",
            defaultValue = "${project.basedir}/" + CheckMojo.DEFAULT_SOURCE_DIRECTORY)
    private List<File> sourceDirectories;

    /** Globs of the files to lint, as for {@code reportlint:check}. */
    @Parameter(property = "reportlint.includes")
    private List<String> includes;

    /** Globs of the files to leave out, as for {@code reportlint:check}. */
    @Parameter(property = "reportlint.excludes")
    private List<String> excludes;

    /** A {@code .reportlint.json} to use instead of discovering one, as for {@code reportlint:check}. */
    @Parameter(property = "reportlint.configFile")
    private File configFile;

    /** A config file, URL or class-path resource, as for {@code reportlint:check}. */
    @Parameter(property = "reportlint.configLocation")
    private String configLocation;

    /** The charset of report files that declare none, as for {@code reportlint:check}. */
    @Parameter(property = "reportlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** A baseline file of accepted findings: the page lists only findings beyond it. */
    @Parameter(property = "reportlint.baseline")
    private File baseline;

    /** Leaves the page out of the site. */
    @Parameter(property = "reportlint.skip", defaultValue = "false")
    private boolean skip;

    /** The version the full report names as the tool's. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public String getOutputName() {
        return "reportlint";
    }

    @Override
    public String getName(Locale locale) {
        return SitePage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Placeholders, contradictions, malformed markup and encoding damage found in the project's reports.";
    }

    /** Only a project that has reports gets the page. */
    @Override
    public boolean canGenerateReport() {
        return !skip && sources().stream().anyMatch(Files::exists);
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = getProject().getBasedir().toPath().toAbsolutePath().normalize();
        PluginLint.Ran ran;
        try {
            LintSettings settings = new LintSettings(base, sources().stream().filter(Files::exists).toList(),
                    includes == null ? List.of() : includes, excludes == null ? List.of() : excludes,
                    ConfigLocations.resolve(base, configFile, configLocation, getClass().getClassLoader()),
                    LintSettings.charset(encoding), LintSettings.baseline(base, baseline, false), false,
                    new FailPolicy(Optional.empty(), -1));
            ran = PluginLint.run(settings);
        } catch (MojoExecutionException unusable) {
            throw new MavenReportException(unusable.getMessage(), unusable);
        }
        writeFullReport(base, ran);
        SitePage.render(getSink(), ran.result(), FULL_REPORT);
    }

    private void writeFullReport(Path base, PluginLint.Ran ran) throws MavenReportException {
        Path file = getReportOutputDirectory().toPath().resolve(FULL_REPORT);
        FormatterProvider html = FormatterRegistry.load(getClass().getClassLoader()).find("html")
                .orElseThrow(() -> new MavenReportException("reportlint: the html format is not available"));
        FormatContext context = new FormatContext(AbstractLintMojo.toolVersion(pluginVersion), false,
                ran.rulesMetadata()).withRepositoryPath(RepositoryRoot.pathOf(base))
                .withCommand("mvn reportlint:report").withoutColor();
        try {
            Files.createDirectories(file.getParent());
            try (java.io.Writer writer = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                html.create(context).write(ran.result(), writer);
            }
        } catch (IOException failure) {
            throw new MavenReportException("reportlint: cannot write " + file + ": " + failure.getMessage(), failure);
        }
    }

    private List<Path> sources() {
        Path base = getProject().getBasedir().toPath();
        return (sourceDirectories == null ? List.<File>of() : sourceDirectories).stream()
                .map(f -> Paths.absolute(base, f)).toList();
    }
}
