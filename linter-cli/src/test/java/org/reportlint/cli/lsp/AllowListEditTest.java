package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.ConfigParser;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.Severity;

/** Adding to a rule's allow list edits the config in place, whatever shape its setting has, and keeps comments. */
class AllowListEditTest {
    private static final RuleRegistry RULES = RuleRegistry.load(AllowListEditTest.class.getClassLoader());

    @Test
    void everyShapeOfSettingGetsTheValueAndStaysValid() throws Exception {
        List<String> configs = List.of(
                "{}",
                "{\n  // a comment\n  \"root\": true\n}",
                "{\"rules\": {}}",
                "{\"rules\": {\"mojibake\": \"off\"}}",
                "{\"rules\": {\"placeholder\": \"warning\"} /* kept */}",
                "{\"rules\": {\"placeholder\": [\"warning\"]}}",
                "{\"rules\": {\"placeholder\": [\"warning\", {}]}}",
                "{\"rules\": {\"placeholder\": [\"warning\", {\"extraPatterns\": [\"TBD\"]}]}}",
                "{\"rules\": {\"placeholder\": [\"warning\", {\"allow\": []}]}}",
                "{\"rules\": {\"placeholder\": [\"warning\", {\"allow\": [\"Brand B\",]}]}}");
        for (String config : configs) {
            AllowListEdit.Insertion edit = AllowListEdit.of(config, "placeholder", "warning", "Company \"X\"")
                    .orElseThrow(() -> new AssertionError("no edit for " + config));
            String edited = config.substring(0, edit.start()) + edit.text() + config.substring(edit.end());
            ConfigFile parsed;
            try {
                parsed = ConfigParser.parse(Path.of(".reportlint.json"), edited, RULES);
            } catch (org.reportlint.core.config.ConfigException invalid) {
                throw new AssertionError(invalid.getMessage() + " in " + edited, invalid);
            }
            Object allow = parsed.rules().get("placeholder").options().orElseThrow().get("allow");
            assertTrue(((List<?>) allow).contains("Company \"X\""), edited);
            assertEquals(Optional.of(Severity.WARNING), parsed.rules().get("placeholder").severity(), edited);
            if (config.contains("Brand B")) {
                assertEquals(List.of("Brand B", "Company \"X\""), allow, edited);
            }
            for (String kept : List.of("// a comment", "/* kept */", "TBD", "mojibake")) {
                assertEquals(config.contains(kept), edited.contains(kept), edited);
            }
        }
    }

    @Test
    void aNewMemberIsLaidOutLikeTheFirstOne() {
        String config = "{\n  // starter\n  \"root\": true\n}\n";
        AllowListEdit.Insertion edit = AllowListEdit.of(config, "placeholder", "error", "X").orElseThrow();
        assertEquals("{\n  // starter\n  \"rules\": {\"placeholder\": [\"error\", {\"allow\": [\"X\"]}]},\n"
                + "  \"root\": true\n}\n", config.substring(0, edit.start()) + edit.text() + config.substring(edit.end()));
    }

    @Test
    void aValueAllowedAlreadyNeedsNoEdit() {
        assertEquals(Optional.empty(), AllowListEdit.of(
                "{\"rules\": {\"placeholder\": [\"error\", {\"allow\": [\"Brand B\"]}]}}", "placeholder", "error",
                "Brand B"));
    }
}
