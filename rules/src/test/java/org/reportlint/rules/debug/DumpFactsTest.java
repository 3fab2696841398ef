package org.reportlint.rules.debug;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.MarketSize;

class DumpFactsTest {
    @Test
    void dump() throws Exception {
        String files = System.getProperty("dump.files");
        if (files == null) {
            return;
        }
        for (String file : files.split(",")) {
            Document doc = DocumentParser.parse(file, Files.readString(Path.of(file)));
            Facts facts = Facts.of(doc);
            System.out.println("== " + file + " market=" + facts.subjects().documentMarket());
            for (CagrStatement s : facts.cagrStatements()) {
                System.out.println("CAGR " + s.text().replaceAll("\\s+", " ") + " | q=" + s.qualifier() + " kind=" + s.kind()
                        + " period=" + s.period().map(p -> p.period().toString()).orElse("-") + " subj=" + s.subject()
                        + " measure=" + s.measure() + " values=" + s.values().size() + " bounds=" + s.bounds());
            }
            for (MarketSize m : facts.marketSizes()) {
                System.out.println("SIZE " + m.text() + " " + m.year() + " q=" + m.qualifier() + " projected=" + m.projected()
                        + " subj=" + m.subject());
            }
        }
    }
}
