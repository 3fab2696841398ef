package org.reportlint.core.engine.internal;

import java.nio.charset.CoderMalfunctionError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.PairBoundary;
import org.reportlint.core.source.SourceSpan;
import org.reportlint.core.source.TextRange;

/** Turns what a rule reported about offsets into a finding with positions, a code-frame excerpt and a fingerprint. */
public final class FindingFactory {
    /** One digest per thread, reused: creating one per finding costs more than hashing the few bytes of a key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(FindingFactory::sha256);
    private static final int CONTEXT_CHARS = 40;

    private FindingFactory() {
    }

    public static Finding create(Document document, String rule, Severity severity, Problem problem) {
        String source = document.source();
        TextRange range = clamp(problem.range(), source);
        LineIndex lines = document.lines();
        SourceSpan span = lines.span(range);
        List<RelatedLocation> related = problem.related().isEmpty() ? List.of() : problem.related().stream()
                .map(r -> new RelatedLocation(r.message(), lines.span(clamp(r.range(), source))))
                .toList();
        SharedValues shared = document.cached(SharedValues.class, d -> new SharedValues());
        // Repetitive text (a line of filler on every line, a paragraph of one masked figure) gives equal
        // fingerprints as well as equal messages and excerpts: each kept once.
        return new Finding(rule, severity, shared.of(problem.message()), span, related, problem.fix(),
                shared(shared, excerpt(source, lines, span)), shared.of(fingerprint(document, rule, range)));
    }

    /**
     * Resolves a range of a document for findings of {@code rule} that are made after the document is gone: its
     * span, the excerpt for code frames and the fingerprint, which depends on the rule.
     */
    public static ResolvedLocation locate(Document document, String rule, TextRange range) {
        String source = document.source();
        TextRange clamped = clamp(range, source);
        SourceSpan span = document.lines().span(clamped);
        return new ResolvedLocation(document.path(), span, excerpt(source, document.lines(), span),
                fingerprint(document, rule, clamped));
    }

    /** A finding without a fix at a location resolved earlier for the same rule. */
    public static Finding at(ResolvedLocation location, String rule, Severity severity, String message,
                             List<RelatedLocation> related) {
        return new Finding(rule, severity, message, location.span(), related, Optional.empty(), location.excerpt(),
                location.fingerprint());
    }

    public static Finding atOffset(Document document, String rule, Severity severity, int offset, String message) {
        int start = Math.min(offset, document.source().length());
        int end = Math.min(start + 1, document.source().length());
        return create(document, rule, severity, Problem.at(start, end, message));
    }

    /**
     * The excerpt, or an equal one handed out before; else one whose text is shared: the windows of a long line of
     * one repeated phrase are equal text at different columns.
     */
    private static Excerpt shared(SharedValues shared, Excerpt excerpt) {
        Excerpt known = shared.of(excerpt);
        if (known != excerpt) {
            return known;
        }
        String text = shared.of(excerpt.text());
        return text == excerpt.text() ? excerpt
                : new Excerpt(text, excerpt.firstColumn(), excerpt.truncatedLeft(), excerpt.truncatedRight());
    }

    private static Excerpt excerpt(String source, LineIndex lines, SourceSpan span) {
        int line = span.start().line();
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineEnd(line);
        int endColumn = span.end().line() == line ? span.end().column() : Integer.MAX_VALUE;
        return Excerpt.of(source, lineStart, lineEnd, span.start().column(), Math.min(endColumn, lineEnd - lineStart + 1));
    }

    /**
     * A hash of the rule, the flagged text and the text around it with whitespace collapsed: stable when lines move
     * or other paragraphs change, different for another occurrence in other words. The surroundings are taken from
     * the flagged text's own block (or, for markup, its own line) so that an edit in a neighbouring paragraph does
     * not change them.
     */
    public static String fingerprint(Document document, String rule, TextRange range) {
        String source = document.source();
        String flagged = source.substring(range.start(), range.end());
        String before;
        String after;
        TextBlock block = blockContaining(document, range);
        if (block != null) {
            int start = block.textIndexAt(range.start());
            int end = Math.max(start, block.textIndexAt(Math.max(range.start(), range.end() - 1)) + 1);
            end = Math.min(end, block.text().length());
            before = block.text().substring(Math.max(0, start - CONTEXT_CHARS), start);
            after = block.text().substring(end, Math.min(block.text().length(), end + CONTEXT_CHARS));
        } else {
            LineIndex lines = document.lines();
            int lineStart = lines.lineStart(lines.lineOf(range.start()));
            int lineEnd = lines.lineEnd(lines.lineOf(range.end()));
            before = source.substring(Math.max(lineStart, range.start() - CONTEXT_CHARS), range.start());
            after = source.substring(range.end(), Math.max(range.end(), Math.min(lineEnd, range.end() + CONTEXT_CHARS)));
        }
        String key = rule + '\u0000' + collapse(before) + '\u0000' + collapse(flagged) + '\u0000' + collapse(after);
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static TextBlock blockContaining(Document document, TextRange range) {
        return range.isEmpty() ? null : document.blockCovering(range).orElse(null);
    }

    /**
     * The text with each run of ASCII whitespace (what {@code \\s} matches) as one space, then stripped. A loop, not
     * a regex: it runs three times for every finding.
     */
    static String collapse(String text) {
        int first = 0;
        while (first < text.length() && !isAsciiSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text.strip();
        }
        StringBuilder collapsed = new StringBuilder(text.length()).append(text, 0, first);
        boolean inSpace = false;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c)) {
                if (!inSpace) {
                    collapsed.append(' ');
                }
                inSpace = true;
            } else {
                collapsed.append(c);
                inSpace = false;
            }
        }
        return collapsed.toString().strip();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The range cut to the source and widened to whole characters: a rule that counts UTF-16 units (or a one-unit
     * finding at an astral character) must not leave half a surrogate pair in a span or an excerpt.
     */
    private static TextRange clamp(TextRange range, String source) {
        int length = source.length();
        int start = Math.min(range.start(), length);
        return PairBoundary.widen(source, new TextRange(start, Math.max(start, Math.min(range.end(), length))));
    }

    /** An exception as one line: its class and the first line of its message. */
    public static String oneLine(Throwable failure) {
        // A charset's bug reaches us wrapped in CoderMalfunctionError: the exception it wraps says what went wrong.
        Throwable error = failure instanceof CoderMalfunctionError && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
