package org.reportlint.core.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportlint.core.document.DocumentParser;

class WordCountTest {

    @Test
    void aWordIsARunBetweenSpacesWithALetterOrDigit() {
        assertEquals(0, WordCount.of(""));
        assertEquals(0, WordCount.of(" - \u2014 ... "));
        assertEquals(4, WordCount.of("Revenue: $4.2bn (2025)\u00a0growth"));
        assertEquals(3, WordCount.of("state-of-the-art\tcustomer's\nwidgets"));
    }

    @Test
    void frontMatterIsNotTheDocumentsTextButItsTitleIs() {
        assertEquals(6, WordCount.of(DocumentParser.parse("a.md", "---\ntitle: Robot market report\n"
                + "layout: wide page\n---\n\n# Robot market\n\nGrowth.\n")));
    }
}
