package org.reportlint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's reports and fails the build on findings at or above {@code failOn}.
 *
 * <p>Every finding is written to the build log as {@code path:line:col: severity: message [rule]}, paths relative to
 * the project folder, followed by the count per rule and a summary line; report files are written to
 * {@code outputDirectory}. Findings that fail the build raise a build failure whose message is the summary line; a
 * configuration that cannot run, or a file that could not be read, is an execution error naming the path and the
 * reason.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractLintMojo {
    static final String DEFAULT_SOURCE_DIRECTORY = "src/reports";

    /**
     * The folders (or single files) to lint. When only the default folder is used and it does not exist, the goal
     * logs that there is nothing to lint and succeeds; a configured folder that does not exist is an error.
     */
    @Parameter(property = "reportlint.sourceDirectories",
            defaultValue = "${project.basedir}/" + DEFAULT_SOURCE_DIRECTORY)
    private List<File> sourceDirectories;

    /** The project folder: relative paths resolve against it and paths in the log are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    @Override
    Path baseDirectory() {
        return projectDirectory.toPath();
    }

    @Override
    List<Path> sources(Path base) {
        List<Path> sources = (sourceDirectories == null ? List.<File>of() : sourceDirectories).stream()
                .map(f -> Paths.absolute(base, f)).toList();
        Path defaultSource = base.resolve(DEFAULT_SOURCE_DIRECTORY);
        if (sources.equals(List.of(defaultSource)) && !Files.exists(defaultSource)) {
            getLog().info("reportlint: nothing to lint (" + DEFAULT_SOURCE_DIRECTORY + " does not exist)");
            return List.of();
        }
        return sources;
    }

    @Override
    String command() {
        return "mvn reportlint:check";
    }
}
