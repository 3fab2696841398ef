package org.reportlint.cli.lsp;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.SourceDecoder;

/**
 * One document the editor has open: its latest text and version, and nothing else, so memory stays one text per
 * document however many edits arrive.
 *
 * @param uri the document's URI as the client sent it
 * @param path where the document lives (or would live): what it is configured and format-detected by
 * @param version the client's version of {@code text}
 * @param text the text, as the editor holds it
 * @param charset how the file on disk is encoded, so the text is linted as the bytes the editor will save
 * @param byteOrderMark whether the file on disk starts with a byte order mark, which the editor keeps on save
 */
record OpenDocument(String uri, DocumentPath path, int version, String text, Charset charset, boolean byteOrderMark) {

    /**
     * A document the client just opened. When the file on disk decodes (as the linter decodes it) to exactly the
     * editor's text, its encoding and byte order mark are kept, so a file in windows-1252 is linted as the bytes
     * the editor will save; otherwise, and for unsaved documents, the text is linted as UTF-8.
     */
    static OpenDocument opened(String uri, DocumentPath path, int version, String text) {
        try {
            byte[] onDisk = Files.readAllBytes(path.file());
            DecodedText decoded = SourceDecoder.decode(onDisk, path.name());
            if (decoded.text().equals(text)) {
                return new OpenDocument(uri, path, version, text, decoded.charset(), decoded.byteOrderMark());
            }
        } catch (IOException | OutOfMemoryError | RuntimeException notReadable) {
            // No file, or none readable: the text is all there is.
        }
        return new OpenDocument(uri, path, version, text, StandardCharsets.UTF_8, false);
    }

    /** The document after the client's changes, applied in order as LSP says (each against the previous result). */
    OpenDocument changed(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            current = apply(current, change);
        }
        return new OpenDocument(uri, path, newVersion, current, charset, byteOrderMark);
    }

    /** The text with one change applied: a range edit, or the whole text when the change has no range. */
    static String apply(String text, TextDocumentContentChangeEvent change) {
        Range range = change.getRange();
        if (range == null) {
            return change.getText();
        }
        LineIndex lines = LineIndex.of(text);
        int start = Positions.offset(lines, text, range.getStart());
        int end = Math.max(start, Positions.offset(lines, text, range.getEnd()));
        return new StringBuilder(text.length() - (end - start) + change.getText().length())
                .append(text, 0, start).append(change.getText()).append(text, end, text.length()).toString();
    }

    Position position(int offset) {
        return Positions.position(LineIndex.of(text), offset);
    }
}
