package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.SourceDecoder;

/** Turns a file's bytes or text into a {@link Document}. Stateless and safe to share between threads. */
public final class DocumentParser {
    private static final int MAX_PARSE_ERRORS = 10_000;

    private DocumentParser() {
    }

    /** Decodes bytes (BOM, declared charset, else UTF-8) and parses them. */
    public static Document parse(String path, byte[] bytes) {
        return parse(path, SourceDecoder.decode(bytes));
    }

    /** Parses text that needs no decoding, such as a test fixture. */
    public static Document parse(String path, String text) {
        return parse(path, new DecodedText(text, java.nio.charset.StandardCharsets.UTF_8, false,
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty()));
    }

    public static Document parse(String path, DecodedText decoded) {
        return parse(path, decoded, DocumentFormat.detect(path, decoded.text()));
    }

    public static Document parse(String path, DecodedText decoded, DocumentFormat format) {
        String text = decoded.text();
        if (format != DocumentFormat.HTML) {
            Block.Builder root = Block.builder(BlockKind.DOCUMENT).range(0, text.length());
            PlainTextBlockTree.build(text, root);
            return new Document(path, format, decoded, "", MarkupScanner.scanComments(text),
                    org.jsoup.nodes.Document.createShell(""), List.of(), root.build());
        }
        // A fresh parser per document: jsoup keeps the errors of the last parse in the parser.
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_PARSE_ERRORS);
        org.jsoup.nodes.Document dom = parser.parseInput(text, "");
        List<ParseIssue> issues = new ArrayList<>();
        for (ParseError error : parser.getErrors()) {
            issues.add(new ParseIssue(Math.min(error.getPosition(), text.length()), error.getErrorMessage()));
        }
        Block.Builder root = Block.builder(BlockKind.DOCUMENT).range(0, text.length());
        HtmlBlockTree.build(dom, text, root);
        return new Document(path, format, decoded, text, MarkupScanner.scanHtml(text), dom, issues, root.build());
    }
}
