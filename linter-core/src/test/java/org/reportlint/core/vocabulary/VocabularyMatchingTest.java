package org.reportlint.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;

/**
 * How entries match: the case rule, whole words, white space and apostrophes, patterns. Read through a real config
 * and list file, as users write them.
 */
class VocabularyMatchingTest {
    @TempDir
    Path dir;

    private Vocabulary reject(String list) throws Exception {
        Files.writeString(dir.resolve("reject.txt"), list);
        Files.writeString(dir.resolve(ConfigResolver.FILE_NAME),
                "{\"root\": true, \"vocabularies\": [{\"reject\": \"reject.txt\"}]}");
        return new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), dir)
                .rulesFor(dir.resolve("a.html")).vocabulary();
    }

    private List<String> found(String list, String html) throws Exception {
        Document document = DocumentParser.parse("a.html", html);
        return reject(list).rejectedIn(document).stream().map(Rejection::text).toList();
    }

    @Test
    void anEntryWithoutCapitalsMatchesInAnyCase() throws Exception {
        assertEquals(List.of("leverage", "Leverage", "LEVERAGE"),
                found("leverage", "<p>leverage, Leverage and LEVERAGE.</p>"));
    }

    @Test
    void anEntryWithACapitalMatchesOnlyAsWritten() throws Exception {
        assertEquals(List.of("Acme Corp"), found("Acme Corp", "<p>Acme Corp, acme corp, ACME CORP, Acme corp.</p>"));
        assertEquals(List.of("iPhone"), found("iPhone", "<p>iPhone, iphone, IPHONE.</p>"));
    }

    @Test
    void entriesMatchWholeWordsOnly() throws Exception {
        assertEquals(List.of("cat"), found("cat", "<p>concatenate, cats, cat, bobcat.</p>"));
        assertEquals(List.of("Co-op"), found("Co-op", "<p>Co-operative, Co-op.</p>"),
                "Co-operative continues the word after Co-op");
    }

    @Test
    void spacesMatchAnyWhiteSpaceAndApostrophesEitherForm() throws Exception {
        assertEquals(List.of("Acme\n  Corp", "Acme\u00A0Corp"),
                found("Acme Corp", "<p>Acme\n  Corp and Acme&nbsp;Corp.</p>"));
        assertEquals(List.of("Moody's", "Moody\u2019s"), found("Moody's", "<p>Moody's and Moody\u2019s.</p>"));
    }

    @Test
    void aPatternEntryMatchesAsRe2SaysAndWholeWords() throws Exception {
        assertEquals(List.of("leveraging", "leveraged"),
                found("re:leverag(e|ed|ing)", "<p>leveraging, Leveraging, leveraged, leverages.</p>"));
        assertEquals(List.of("leveraging", "Leveraging"),
                found("re:(?i)leveraging", "<p>leveraging, Leveraging.</p>"));
    }

    @Test
    void codeIsNotProseSoItIsNotSearched() throws Exception {
        assertEquals(List.of("leverage"), found("leverage",
                "<p>We leverage <code>leverage()</code>.</p><pre>leverage</pre>"));
    }

    @Test
    void acceptedTextCoversARangeOnlyWhenItLiesWhollyInsideAnOccurrence() throws Exception {
        Files.writeString(dir.resolve("accept.txt"), "Company A Ltd\n");
        Files.writeString(dir.resolve(ConfigResolver.FILE_NAME),
                "{\"root\": true, \"vocabularies\": [{\"accept\": \"accept.txt\"}]}");
        Vocabulary vocabulary = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), dir)
                .rulesFor(dir.resolve("a.html")).vocabulary();
        String html = "<p>Company A Ltd and Company A.</p><img alt=\"Company A Ltd logo\">";
        AcceptedText accepted = vocabulary.acceptedIn(DocumentParser.parse("a.html", html));
        int first = html.indexOf("Company A");
        assertEquals(true, accepted.covers(new org.reportlint.core.source.TextRange(first, first + 9)));
        assertEquals(true, accepted.covers(new org.reportlint.core.source.TextRange(first, first + 13)));
        assertEquals(false, accepted.covers(new org.reportlint.core.source.TextRange(first, first + 17)),
                "reaching past the occurrence");
        int second = html.indexOf("Company A.");
        assertEquals(false, accepted.covers(new org.reportlint.core.source.TextRange(second, second + 9)));
        int alt = html.indexOf("Company A Ltd logo");
        assertEquals(true, accepted.covers(new org.reportlint.core.source.TextRange(alt, alt + 9)),
                "attribute values readers see are searched too");
    }
}
