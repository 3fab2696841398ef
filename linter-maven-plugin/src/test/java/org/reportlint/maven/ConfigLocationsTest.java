package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.ConfigSource;

class ConfigLocationsTest {

    @TempDir
    Path base;

    private Optional<ConfigSource> resolve(String location, ClassLoader loader) throws MojoExecutionException {
        return ConfigLocations.resolve(base, null, location, loader);
    }

    @Test
    void aFileIsFoundRelativeToTheProjectFolder() throws Exception {
        Files.writeString(Files.createDirectories(base.resolve("config")).resolve("team.json"), "{}");
        assertEquals(Optional.of(ConfigSource.file(base.resolve("config/team.json"))),
                resolve("config/team.json", getClass().getClassLoader()));
    }

    @Test
    void aUrlIsReadAsOne() throws Exception {
        String url = base.resolve("team.json").toUri().toString();
        assertEquals(Optional.of(ConfigSource.url(java.net.URI.create(url))), resolve(url, getClass().getClassLoader()));
    }

    @Test
    void aResourceOfThePluginsClassPathIsFoundThere() throws Exception {
        Path classes = Files.createDirectories(base.resolve("jar/org/example"));
        Files.writeString(classes.resolve("shared.json"), "{}", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {base.resolve("jar").toUri().toURL()}, null)) {
            assertEquals(Optional.of(ConfigSource.classPath("org/example/shared.json", loader)),
                    resolve("org/example/shared.json", loader));
            assertEquals(Optional.of(ConfigSource.classPath("org/example/shared.json", loader)),
                    resolve("classpath:/org/example/shared.json", loader));
            MojoExecutionException missing = assertThrows(MojoExecutionException.class,
                    () -> resolve("classpath:org/example/none.json", loader));
            assertEquals("reportlint: configLocation classpath:org/example/none.json is not on the plugin's class "
                    + "path (add the jar that holds it as a dependency of the plugin)", missing.getMessage());
        }
    }

    @Test
    void aLocationThatIsNothingIsAnErrorAndSoAreBothParameters() {
        MojoExecutionException nothing = assertThrows(MojoExecutionException.class,
                () -> resolve("org/example/none.json", getClass().getClassLoader()));
        assertEquals("reportlint: configLocation org/example/none.json is neither a file, a URL nor a resource on "
                + "the plugin's class path (add the jar that holds it as a dependency of the plugin)",
                nothing.getMessage());
        MojoExecutionException both = assertThrows(MojoExecutionException.class, () -> ConfigLocations.resolve(base,
                new File("a.json"), "b.json", getClass().getClassLoader()));
        assertEquals("reportlint: give configFile or configLocation, not both", both.getMessage());
        assertEquals(Optional.empty(), assertNoThrow(() -> resolve(" ", getClass().getClassLoader())));
    }

    @Test
    void theEncodingIsACharsetThatReadsAsciiAsAscii() throws Exception {
        assertEquals(StandardCharsets.UTF_8, LintSettings.charset(null));
        assertEquals(StandardCharsets.UTF_8, LintSettings.charset(""));
        assertEquals("windows-1252", LintSettings.charset(" windows-1252 ").name());
        assertEquals("reportlint: unknown encoding \"utf-9\"",
                assertThrows(MojoExecutionException.class, () -> LintSettings.charset("utf-9")).getMessage());
        assertEquals("reportlint: encoding UTF-16 does not read ASCII as ASCII; files in it are recognised by their "
                + "byte order mark, so leave encoding for the others",
                assertThrows(MojoExecutionException.class, () -> LintSettings.charset("UTF-16")).getMessage());
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T assertNoThrow(Call<T> call) {
        try {
            return call.call();
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }
}
