package org.reportlint.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Rule;

/**
 * A finding's message must not say where something is: positions belong in related locations. A message with
 * "10:1" or "line 10" in it changes when a line is inserted above, and with it every baseline that records it.
 */
class MessagesWithoutPositionsTest {
    private static final Pattern POSITION = Pattern.compile("\\d+:\\d+|\\bline \\d+|\\bcolumn \\d+",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noFindingOfAnyRuleFixtureNamesALineOrColumnOrChangesWhenALineIsInsertedAbove() throws IOException, URISyntaxException {
        Path fixtures = Path.of(MessagesWithoutPositionsTest.class.getResource("/fixtures").toURI());
        List<String> offenders = new ArrayList<>();
        int findings = 0;
        int rules = 0;
        for (Rule rule : ServiceLoader.load(Rule.class)) {
            Path folder = fixtures.resolve(rule.metadata().id());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            rules++;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = fixtures.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                List<Finding> found = RuleFixtures.lint(rule, name, text);
                if (!text.startsWith("---")) {
                    // A line inserted on top moves every finding; what a baseline records must not change.
                    List<Finding> moved = RuleFixtures.lint(rule, name, "\n" + text);
                    if (!messagesAndFingerprints(found).equals(messagesAndFingerprints(moved))) {
                        offenders.add(name + ": a line inserted above changes " + messagesAndFingerprints(found)
                                + " into " + messagesAndFingerprints(moved));
                    }
                }
                for (Finding finding : found) {
                    findings++;
                    if (POSITION.matcher(finding.message()).find()) {
                        offenders.add(name + ": " + finding.message());
                    }
                    finding.related().forEach(related -> {
                        if (POSITION.matcher(related.message()).find()) {
                            offenders.add(name + " (related): " + related.message());
                        }
                    });
                }
            }
        }
        assertEquals(12, rules, "every rule has a fixture folder named by its id");
        assertTrue(findings > 100, "the fixtures produce findings: " + findings);
        assertEquals(List.of(), offenders);
    }

    private static List<String> messagesAndFingerprints(List<Finding> findings) {
        return findings.stream().map(finding -> finding.fingerprint() + " " + finding.message()).sorted().toList();
    }
}
