package org.reportlint.spark.internal;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.SourceSpan;
import org.reportlint.spark.LintSchema;

/**
 * File results as Spark rows of {@link LintSchema}, with the values the JSON report writes: a lone surrogate in a
 * text, which UTF-8 cannot carry, becomes U+FFFD as it does there.
 */
public final class FileRows {
    /**
     * {@link LintSchema#FILES}, the waiting file's JSON for the cross-document step (null when none) and the config
     * group it is compared within (null for none), the key the step shuffles waiting files by.
     */
    public static final StructType CHECKED = LintSchema.FILES.add("pending", DataTypes.StringType, true)
            .add("group", DataTypes.StringType, true);
    public static final int FINDINGS = LintSchema.FILES.fieldIndex("findings");

    private FileRows() {
    }

    /** A row of {@link #CHECKED} for a file whose result is final. */
    public static Row checked(FileResult file) {
        return checked(file, null, null);
    }

    /** A row of {@link #CHECKED}; {@code pending} and {@code group} may be null. */
    public static Row checked(FileResult file, String pending, String group) {
        return RowFactory.create(text(file.path()), file.format().map(FileRows::text).orElse(null),
                findings(file.findings()), texts(file.errors()), texts(file.notices()), file.suppressed(),
                file.words(), pending, group);
    }

    /** Rows of {@link LintSchema#FINDING}. */
    public static Row[] findings(List<Finding> findings) {
        Row[] rows = new Row[findings.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = finding(findings.get(i));
        }
        return rows;
    }

    private static Row finding(Finding finding) {
        SourceSpan span = finding.span();
        Row[] related = new Row[finding.related().size()];
        for (int i = 0; i < related.length; i++) {
            RelatedLocation place = finding.related().get(i);
            related[i] = RowFactory.create(text(place.message()), place.path().map(FileRows::text).orElse(null),
                    place.span().start().line(), place.span().start().column(), place.span().end().line(),
                    place.span().end().column());
        }
        Row fix = finding.fix().map(found -> {
            List<TextEdit> edits = found.edits();
            Row[] rows = new Row[edits.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = RowFactory.create(edits.get(i).offset(), edits.get(i).endOffset(), text(edits.get(i).text()));
            }
            return RowFactory.create((Object) rows);
        }).orElse(null);
        return RowFactory.create(finding.rule(), finding.severity().id(), text(finding.message()),
                span.start().line(), span.start().column(), span.end().line(), span.end().column(),
                span.startOffset(), span.endOffset(), related, fix, finding.fingerprint());
    }

    private static String[] texts(List<String> values) {
        return values.stream().map(FileRows::text).toArray(String[]::new);
    }

    /** The text with each lone surrogate replaced by U+FFFD, as the JSON report writes it. */
    public static String text(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean lone = Character.isSurrogate(c);
            if (lone && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? value : out.toString();
    }
}
