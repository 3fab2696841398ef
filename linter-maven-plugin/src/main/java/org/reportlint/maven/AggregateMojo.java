package org.reportlint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the reports of every module of a multi-module build in one run from the root, as maven-checkstyle-plugin's
 * {@code checkstyle-aggregate} does: one build log listing, one set of report files in the root's
 * {@code outputDirectory}, paths relative to the root folder, and one failure for the whole reactor.
 *
 * <p>Runs at the execution root only; in any other module (where the root's build section is inherited) it does
 * nothing, so a binding in the root POM fails the build once.
 */
@Mojo(name = "aggregate", aggregator = true, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class AggregateMojo extends AbstractLintMojo {

    /**
     * The folders, relative to each module (the root included), whose reports are linted; those a module does not
     * have are left out.
     */
    @Parameter(property = "reportlint.moduleSourceDirectories", defaultValue = CheckMojo.DEFAULT_SOURCE_DIRECTORY)
    private List<String> moduleSourceDirectories;

    /** Every project of the build, the root first. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    private List<MavenProject> reactorProjects;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    boolean skipHere() {
        if (project.isExecutionRoot()) {
            return false;
        }
        getLog().info("reportlint: aggregate runs at the execution root only");
        return true;
    }

    @Override
    Path baseDirectory() {
        return project.getBasedir().toPath();
    }

    @Override
    List<Path> sources(Path base) {
        List<Path> found = new ArrayList<>();
        for (MavenProject module : reactorProjects) {
            Path folder = module.getBasedir().toPath().toAbsolutePath().normalize();
            for (String relative : moduleSourceDirectories == null ? List.<String>of() : moduleSourceDirectories) {
                Path source = folder.resolve(relative).normalize();
                if (Files.exists(source)) {
                    found.add(source);
                }
            }
        }
        List<Path> sources = outermost(found);
        if (sources.isEmpty()) {
            getLog().info("reportlint: nothing to lint (no module has " + String.join(", ",
                    moduleSourceDirectories == null ? List.of() : moduleSourceDirectories) + ")");
        }
        return sources;
    }

    @Override
    String command() {
        return "mvn reportlint:aggregate";
    }

    /** The folders, each once, without those inside another, so no file is linted twice; sorted. */
    static List<Path> outermost(List<Path> folders) {
        List<Path> sorted = folders.stream().distinct().sorted().toList();
        List<Path> kept = new ArrayList<>();
        for (Path folder : sorted) {
            if (kept.stream().noneMatch(folder::startsWith)) {
                kept.add(folder);
            }
        }
        return kept;
    }
}
