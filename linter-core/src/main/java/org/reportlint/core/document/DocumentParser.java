package org.reportlint.core.document;

import java.util.List;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.SourceDecoder;

/** Turns a file's bytes or text into a {@link Document}. Stateless and safe to share between threads. */
public final class DocumentParser {
    private DocumentParser() {
    }

    /**
     * Decodes bytes (BOM, declared charset, else UTF-8) and parses them. The path's extension decides, as it does
     * for the linter, whether a {@code <meta>} may declare the charset.
     */
    public static Document parse(String path, byte[] bytes) {
        return parse(path, SourceDecoder.decode(bytes, path));
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
        Block.Builder root = Block.builder(BlockKind.DOCUMENT).range(0, text.length());
        switch (format) {
            case MARKDOWN -> {
                MarkdownBlockTree.Parsed markdown = MarkdownBlockTree.parse(text);
                return new Document(path, format, decoded, markdown.markupSource(), markdown.html().dom(),
                        markdown.html().issues(), markdown.root());
            }
            case TEXT -> {
                PlainTextBlockTree.build(text, root);
                return new Document(path, format, decoded, "", org.jsoup.nodes.Document.createShell(""), List.of(),
                        root.build());
            }
            default -> {
                HtmlParse html = HtmlParse.of(text);
                HtmlBlockTree.build(html.dom(), text, root);
                return new Document(path, format, decoded, text, html.dom(), html.issues(), root.build());
            }
        }
    }
}
