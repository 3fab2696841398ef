package org.reportlint.core.facts;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * One number a report states, with what it measures, how precisely it was printed and where it is.
 *
 * <p>A range ({@code 5-7%}, {@code USD 3-4 billion}) has {@code low < high}; a single value has {@code low == high}.
 * Values are as printed, before the magnitude: {@code USD 4.98 billion} is {@code 4.98} with magnitude {@link
 * Magnitude#BILLION}; {@link #scaledLow()} gives 4.98e9.
 *
 * @param kind money, percent or count
 * @param low the value, or the lower end of a range, as printed
 * @param high the value, or the upper end of a range, as printed
 * @param currency an ISO 4217 code such as {@code USD}, {@code EUR}, {@code INR}, for money only; empty otherwise
 * @param magnitude the printed scale word
 * @param decimals how many decimal places were printed ({@code 1.4} has 1, {@code 15} has 0)
 * @param block the text block it is in
 * @param start the block text offset of its first character, a currency sign included
 * @param end the block text offset just after its last character, a magnitude or percent sign included
 * @param sentence the sentence it is in
 */
public record Figure(FigureKind kind, double low, double high, String currency, Magnitude magnitude, int decimals,
                     TextBlock block, int start, int end, Sentence sentence) {

    /**
     * The one figure {@code text} is, read exactly as figures in a document's prose are ({@code USD 500 billion},
     * {@code $1.2 Bn}, {@code 25%}); empty when the text is not one figure and nothing else. For values written
     * outside documents, such as a limit in a config: it has no sentence.
     */
    public static Optional<Figure> read(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        TextBlock block = TextBlock.verbatim(BlockKind.PARAGRAPH, stripped, 0);
        List<Figure> found = FigureScanner.scan(block, List.of(), index -> null).figures();
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != stripped.length()) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** Whether a range of values was printed. */
    public boolean isRange() {
        return low != high;
    }

    /** The printed value of a single figure, or the middle of a range. */
    public double value() {
        return (low + high) / 2;
    }

    /** The lower end in base units: {@code USD 1.4 billion} is 1.4e9. */
    public double scaledLow() {
        return low * magnitude.factor();
    }

    /** The upper end in base units. */
    public double scaledHigh() {
        return high * magnitude.factor();
    }

    /**
     * The value of the last printed digit in printed units: 0.1 for {@code 1.4 billion}, 1 for {@code 15%}. A reader
     * knows the value only to half of it either way.
     */
    public double lastDigit() {
        return Math.pow(10, -decimals);
    }

    /** How far the true value may lie from the printed one, in base units: 0.05e9 for {@code USD 1.4 billion}. */
    public double scaledUncertainty() {
        return lastDigit() / 2 * magnitude.factor();
    }

    /** The figure as written. */
    public String text() {
        return block.text().substring(start, end);
    }

    public TextRange sourceRange() {
        return block.sourceRange(start, end);
    }

    @Override
    public String toString() {
        return kind + "[" + text() + "]";
    }
}
