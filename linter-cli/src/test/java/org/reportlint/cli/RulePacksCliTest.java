package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule pack through the real command line: a jar with {@code reportlint-pack/acme/}, named by {@code --pack-path}
 * or put on the class path as the launcher puts {@code REPORTLINT_CLASSPATH} there.
 */
class RulePacksCliTest {
    /** The pack's config, which extends a file of its own beside it. */
    private static final String PACK_CONFIG = """
            {
              "extends": "house/terms.json",
              "rules": {"acme/use": "error"}
            }
            """;
    private static final String PACK_TERMS = """
            {
              "extends": "none",
              "customRules": {
                "acme/use": {"kind": "substitution", "message": "Use '%s' instead of '%s'", "swap": {"utilise": "use"},
                             "link": "https://example.com/acme-style#use"},
                "acme/no-hype": {"kind": "existence", "level": "warning", "message": "Hype word '%s'",
                                 "words": ["game-changer"], "description": "Words that oversell"}
              }
            }
            """;
    private static final String REPORT = "<h1>Outlook</h1>\n<p>We utilise a game-changer.</p>\n";

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void packJar() throws Exception {
        jar = dir.resolve("lib/acme-style-1.0.jar");
        Files.createDirectories(jar.getParent());
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("reportlint-pack/acme/reportlint.json", PACK_CONFIG);
        entries.put("reportlint-pack/acme/house/terms.json", PACK_TERMS);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                OutputStream body = out;
                body.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private CliRun project(String config) throws Exception {
        return CliRun.in(dir.resolve("project")).file(".reportlint.json", config).file("a.html", REPORT);
    }

    private static List<String> findings(String json) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode file : new ObjectMapper().readTree(json).get("files")) {
            file.get("findings").forEach(f -> lines.add(f.get("line").asInt() + ":" + f.get("column").asInt() + " "
                    + f.get("severity").asText() + " " + f.get("rule").asText() + " " + f.get("message").asText()));
        }
        return lines;
    }

    @Test
    void aProjectExtendsAPackGivenByPackPathAndRelevelsItsRules() throws Exception {
        CliRun cli = project("{\"root\": true, \"extends\": \"pack:acme\", \"rules\": {\"acme/no-hype\": \"info\"}}");
        CliRun.Result result = cli.run("-f", "json", "--pack-path", "../lib/acme-style-1.0.jar", "a.html");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("2:7 error acme/use Use 'use' instead of 'utilise'",
                "2:17 info acme/no-hype Hype word 'game-changer'"), findings(result.out()));

        CliRun.Result fixed = cli.run("--fix", "--pack-path", "../lib/acme-style-1.0.jar", "a.html");
        assertEquals(0, fixed.exitCode(), fixed.err() + fixed.out());
        assertEquals("<h1>Outlook</h1>\n<p>We use a game-changer.</p>\n",
                Files.readString(dir.resolve("project/a.html")));
    }

    @Test
    void rulesExplainAndPrintConfigShowThePackAsTheOrigin() throws Exception {
        CliRun cli = project("{\"root\": true, \"extends\": \"pack:acme\"}");
        CliRun.Result rules = cli.run("rules", "--pack-path", "../lib/acme-style-1.0.jar");
        assertEquals(0, rules.exitCode(), rules.err());
        assertTrue(rules.out().lines().anyMatch(line -> line.matches("acme/no-hype +warning +no +yes +Words that "
                + "oversell")), rules.out());

        CliRun.Result explain = cli.run("explain", "acme/use", "--pack-path", "../lib/acme-style-1.0.jar");
        assertEquals(0, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains("Custom rule declared in pack:acme/house/terms.json."), explain.out());
        assertTrue(explain.out().contains("Documentation: https://example.com/acme-style#use"), explain.out());

        CliRun.Result printed = cli.run("--print-config", "a.html", "--pack-path", "../lib/acme-style-1.0.jar");
        assertEquals(0, printed.exitCode(), printed.err());
        JsonNode config = new ObjectMapper().readTree(printed.out());
        assertEquals(List.of("pack:acme/reportlint.json (" + jar.toAbsolutePath() + ")",
                        "pack:acme/house/terms.json (" + jar.toAbsolutePath() + ")"),
                List.of(config.get("baseConfigs").get(0).asText(), config.get("baseConfigs").get(1).asText()));
        assertEquals("pack:acme/house/terms.json", config.get("customRules").get("acme/use").asText());
        assertEquals("error", config.get("rules").get("acme/use").asText());
        assertEquals("off", config.get("rules").get("placeholder").asText(), "the pack's preset none applies");
    }

    @Test
    void sarifDescribesThePacksRules() throws Exception {
        CliRun.Result result = project("{\"root\": true, \"extends\": \"pack:acme\"}")
                .run("-f", "sarif", "--pack-path", "../lib/acme-style-1.0.jar", "a.html");
        assertEquals(1, result.exitCode(), result.err());
        JsonNode rules = new ObjectMapper().readTree(result.out()).at("/runs/0/tool/driver/rules");
        JsonNode use = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("acme/use")) {
                use = rule;
            }
        }
        assertTrue(use != null, rules.toString());
        assertEquals("https://example.com/acme-style#use", use.get("helpUri").asText());
        assertTrue(use.at("/fullDescription/text").asText().contains("pack:acme/house/terms.json"), use.toString());
    }

    @Test
    void anUnknownPackOrPackPathIsAOneLineUsageError() throws Exception {
        CliRun cli = project("{\"root\": true,\n  \"extends\": \"pack:acne\"}");
        CliRun.Result unknown = cli.run("--pack-path", "../lib/acme-style-1.0.jar", "a.html");
        assertEquals(2, unknown.exitCode());
        assertEquals("reportlint: .reportlint.json:2:14: \"extends\": \"pack:acne\": no rule pack \"acne\" on the "
                + "class path (no reportlint-pack/acne/reportlint.json) (did you mean \"acme\"?); packs found: acme\n",
                unknown.err());

        CliRun.Result missing = cli.run("--pack-path", "../lib/nope.jar", "a.html");
        assertEquals(2, missing.exitCode());
        assertEquals("reportlint: --pack-path ../lib/nope.jar: no such jar or folder\n", missing.err());
    }

    @Test
    void aPackJarOnTheClassPathWorksAsTheLauncherAddsReportlintClasspath() throws Exception {
        project("{\"root\": true, \"extends\": \"pack:acme\"}");
        // A folder pack too: the same layout as in the jar, beside it on the class path.
        Path folder = dir.resolve("packs/reportlint-pack/extra/reportlint.json");
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "{\"extends\": \"pack:acme\", \"rules\": {\"acme/no-hype\": \"off\"}}");
        Files.createDirectories(dir.resolve("project/quiet"));
        Files.writeString(dir.resolve("project/quiet/.reportlint.json"), "{\"root\": true, \"extends\": \"pack:extra\"}");
        Files.writeString(dir.resolve("project/quiet/b.html"), REPORT);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + jar + File.pathSeparator
                + dir.resolve("packs");
        ProcessBuilder process = new ProcessBuilder(java.toString(), "-cp", classPath, Main.class.getName(),
                "-f", "json", "a.html", "quiet/b.html")
                .directory(dir.resolve("project").toFile())
                .redirectOutput(dir.resolve("out.json").toFile())
                .redirectError(dir.resolve("err.log").toFile());
        int exit = process.start().waitFor();
        String err = Files.readString(dir.resolve("err.log"));
        assertEquals(1, exit, err);
        assertEquals(List.of("2:7 error acme/use Use 'use' instead of 'utilise'",
                "2:17 warning acme/no-hype Hype word 'game-changer'",
                "2:7 error acme/use Use 'use' instead of 'utilise'"),
                findings(Files.readString(dir.resolve("out.json"))), "the folder pack extends the jar pack");
    }
}
