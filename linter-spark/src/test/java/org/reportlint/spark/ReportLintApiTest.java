package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link ReportLint} over documents a pipeline already holds in a Dataset. */
class ReportLintApiTest {

    @Test
    void lintsStringAndBinaryContentWithTheRunsRuleLevels() throws LintConfigException {
        StructType binary = new StructType().add("path", DataTypes.StringType).add("content", DataTypes.BinaryType)
                .add("source", DataTypes.StringType);
        Dataset<Row> documents = LocalSpark.session().createDataFrame(List.of(
                RowFactory.create("a/market.html", "<p>Valued at USD XX.X billion.</p>\n"
                        .getBytes(StandardCharsets.UTF_8), "crawler"),
                RowFactory.create("a/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, "crawler"),
                RowFactory.create("b/clean.md", "# Clean\n\nNothing wrong here.\n"
                        .getBytes(StandardCharsets.UTF_8), "cms")), binary);

        List<Row> findings = ReportLint.lint(documents, LintConfig.recommended().withRule("placeholder", "warning"))
                .collectAsList();

        assertEquals(1, findings.size(), findings.toString());
        Row finding = findings.get(0);
        assertEquals(LintSchema.FINDINGS, findings.get(0).schema());
        assertEquals("a/market.html", finding.getAs("path"));
        assertEquals("placeholder", finding.getAs("rule"));
        assertEquals("warning", finding.getAs("severity"));
        assertEquals(1, (int) finding.getAs("line"));
        assertEquals(14, (int) finding.getAs("column"));

        List<Row> files = ReportLint.lintFiles(documents, LintConfig.recommended()).orderBy("path").collectAsList();
        assertEquals(List.of("a/logo.png", "a/market.html", "b/clean.md"),
                files.stream().map(row -> row.<String>getAs("path")).toList());
        assertEquals("skipped binary file", files.get(0).getList(files.get(0).fieldIndex("notices")).get(0));
        assertEquals("error", files.get(1).<Row>getList(files.get(1).fieldIndex("findings")).get(0)
                .getAs("severity"));
        assertEquals("markdown", files.get(2).getAs("format"));
    }

    @Test
    void readsStringContentAsUtf8AndAppliesTheConfigsOverridesToThePathColumn() throws LintConfigException {
        StructType text = new StructType().add("path", DataTypes.StringType).add("content", DataTypes.StringType);
        Dataset<Row> documents = LocalSpark.session().createDataFrame(List.of(
                RowFactory.create("legacy/old.html", "<p>Caf\u00e9: $xxx million</p>"),
                RowFactory.create("new/page.html", "<p>Caf\u00e9: $xxx million</p>")), text);
        LintConfig config = LintConfig.fromJson("pipeline.json",
                "{\"overrides\": [{\"files\": [\"legacy/**\"], \"rules\": {\"placeholder\": \"off\"}}]}");

        List<Row> findings = ReportLint.lint(documents, config).collectAsList();

        assertEquals(List.of("new/page.html"), findings.stream().map(row -> row.<String>getAs("path")).toList());
        assertEquals(10, (int) findings.get(0).getAs("column"), "the é is one column, not two bytes");
    }

    @Test
    void refusesDocumentsWithoutThePathOrContentColumn() {
        StructType wrong = new StructType().add("name", DataTypes.StringType).add("content", DataTypes.StringType);
        Dataset<Row> documents = LocalSpark.session().createDataFrame(List.<Row>of(), wrong);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ReportLint.lint(documents, LintConfig.recommended()));
        assertEquals("the documents have no \"path\" column (columns: name, content)", missing.getMessage());

        StructType number = new StructType().add("path", DataTypes.StringType).add("content", DataTypes.IntegerType);
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> ReportLint.lint(
                LocalSpark.session().createDataFrame(List.<Row>of(), number), LintConfig.recommended()));
        assertEquals("the \"content\" column is int, not binary or string", type.getMessage());
    }

    @Test
    void aConfigMistakeIsOneLineBeforeAnythingRuns() {
        LintConfigException unknown = assertThrows(LintConfigException.class,
                () -> LintConfig.recommended().withRule("placeholdr", "error"));
        assertEquals("unknown rule \"placeholdr\" (did you mean \"placeholder\"?)", unknown.getMessage());
        LintConfigException level = assertThrows(LintConfigException.class,
                () -> LintConfig.recommended().withRule("placeholder", "loud"));
        assertTrue(level.getMessage().startsWith("invalid level \"loud\" for rule \"placeholder\""));
        LintConfigException json = assertThrows(LintConfigException.class,
                () -> LintConfig.fromJson("pipeline.json", "{\"rules\": {\"placeholder\": \"eror\"}}"));
        assertTrue(json.getMessage().startsWith("pipeline.json:1:"), json.getMessage());
    }
}
