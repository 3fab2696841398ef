package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    @Test
    void writesTheDocumentedSchemaInAStableOrder() {
        String expected = "{\"schemaVersion\":1,\"tool\":{\"name\":\"reportlint\",\"version\":\"1.2.3\"},"
                + "\"files\":["
                + "{\"path\":\"reports/a.html\",\"format\":\"html\",\"findings\":[],\"errors\":[],\"notices\":[],"
                + "\"suppressed\":1,\"words\":0,\"score\":100},"
                + "{\"path\":\"reports/b.html\",\"format\":\"html\",\"findings\":["
                + "{\"rule\":\"placeholder\",\"severity\":\"error\",\"message\":\"Placeholder \\\"$xxx\\\" left in text\","
                + "\"line\":2,\"column\":17,\"endLine\":2,\"endColumn\":21,\"offset\":39,\"endOffset\":43,"
                + "\"related\":[],\"fix\":{\"edits\":[{\"offset\":41,\"endOffset\":45,\"text\":\"$12.5\"}]},\"fingerprint\":\"0123456789abcdef\"},"
                + "{\"rule\":\"placeholder\",\"severity\":\"warning\",\"message\":\"Placeholder \\\"20XX\\\" left in text\","
                + "\"line\":2,\"column\":33,\"endLine\":2,\"endColumn\":37,\"offset\":55,\"endOffset\":59,"
                + "\"related\":[],\"fingerprint\":\"0123456789abcdef\"},"
                + "{\"rule\":\"malformed-html\",\"severity\":\"error\","
                + "\"message\":\"End tag </h1> does not match the open <h2>\","
                + "\"line\":3,\"column\":8,\"endLine\":4,\"endColumn\":1,\"offset\":72,\"endOffset\":78,"
                + "\"related\":[{\"message\":\"<h2> opened here\",\"line\":3,\"column\":1,\"endLine\":3,\"endColumn\":5}],"
                + "\"fingerprint\":\"0123456789abcdef\"}"
                + "],\"errors\":[],\"notices\":[],\"suppressed\":0,\"words\":0,\"score\":32},"
                + "{\"path\":\"reports/image.txt\",\"format\":null,\"findings\":[],\"errors\":[],"
                + "\"notices\":[{\"message\":\"skipped binary file\"}],\"suppressed\":0,\"words\":0,\"score\":null},"
                + "{\"path\":\"reports/locked.html\",\"format\":null,\"findings\":[],"
                + "\"errors\":[{\"message\":\"cannot read: permission denied\"}],\"notices\":[],\"suppressed\":0,"
                + "\"words\":0,\"score\":null}"
                + "],\"summary\":{\"files\":4,\"errors\":2,\"warnings\":1,\"infos\":0,\"fixable\":1,\"suppressed\":1,"
                + "\"skipped\":1,\"score\":66},"
                + "\"groups\":{\"(top level)\":{\"files\":4,\"errors\":2,\"warnings\":1,\"infos\":0,\"fixable\":1,"
                + "\"words\":0,\"score\":66}}}\n";
        assertEquals(expected, new JsonFormatter("1.2.3").format(Results.mixed()));
    }
}
