package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs the amounts of a sentence with the years they are stated for: the year right after an amount ({@code USD 1.2
 * billion in 2023}, {@code USD 2.5 billion (2030)}), else the nearest year before it that no earlier amount took
 * ({@code in 2023, the market was worth USD 1.2 billion}).
 */
final class DatedValues {
    /** What may stand between an amount and the year it is for: {@code in}, {@code by}, {@code (}. */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?i)^[\\s,(]*(?:(?:in|by|for|of|as\\s+of|at\\s+the"
            + "\\s+end\\s+of|end\\s+of|till|until|through|to|during|in\\s+the\\s+year)\\s+)?(?:the\\s+year\\s+)?$");
    private static final int YEAR_BEFORE_WINDOW = 80;

    private DatedValues() {
    }

    /** The amounts of a sentence with the year each is for. */
    static List<DatedValue> of(String text, Sentence sentence, List<Figure> figures, List<Year> years) {
        List<DatedValue> dated = new ArrayList<>();
        List<Figure> money = figures.stream()
                .filter(f -> f.kind() == FigureKind.MONEY && sentence.contains(f.start()))
                .toList();
        for (int i = 0; i < money.size(); i++) {
            Figure value = money.get(i);
            Year year = null;
            for (Year y : years) {
                if (y.start() >= value.end() && sentence.contains(y.start())) {
                    if (YEAR_AFTER.matcher(text.substring(value.end(), y.start())).matches()) {
                        year = y;
                    }
                    break;
                }
            }
            if (year == null) {
                int previousMoney = i == 0 ? sentence.start() : money.get(i - 1).end();
                for (Year y : years) {
                    if (y.end() <= value.start() && y.start() >= Math.max(previousMoney, sentence.start())
                            && value.start() - y.end() <= YEAR_BEFORE_WINDOW && !pairedAfter(text, y, money, i)) {
                        year = y;
                    }
                }
            }
            if (year != null) {
                int clauseStart = i == 0 ? sentence.start() : money.get(i - 1).end();
                dated.add(new DatedValue(value, year, Qualifiers.before(text, clauseStart, value.start())));
            }
        }
        return dated;
    }

    /** Whether year {@code y} directly follows one of the amounts before amount {@code i}. */
    private static boolean pairedAfter(String text, Year y, List<Figure> money, int i) {
        for (int k = 0; k < i; k++) {
            Figure earlier = money.get(k);
            if (earlier.end() <= y.start()
                    && YEAR_AFTER.matcher(text.substring(earlier.end(), y.start())).matches()) {
                return true;
            }
        }
        return false;
    }
}
