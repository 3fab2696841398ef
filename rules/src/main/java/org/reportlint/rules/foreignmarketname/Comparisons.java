package org.reportlint.rules.foreignmarketname;

import java.util.regex.Pattern;

/**
 * Whether a market is named as a comparison or a reference rather than as the subject of a paragraph: "unlike the
 * gadget market", "compared with the gadget market", "faster than the gadget market", "adjacent markets such as the
 * gadget market". Such a paragraph names the other market on purpose.
 */
final class Comparisons {
    /** A cue at the end of the words before a name, with at most an article and two words between. */
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:unlike|compared\\s+(?:with|to)|comparison\\s+"
            + "(?:with|to)|relative\\s+to|versus|vs\\.?|than|similar\\s+to|like|such\\s+as|including|as\\s+well\\s+as"
            + "|alongside|besides|beyond|adjacent|parent|sister|neighbou?ring|related|other|see\\s+also|also\\s+see)"
            + "\\s+(?:(?:the|a|an|its|their|our)\\s+)?(?:[\\p{L}\\p{N}&'\u2019.-]+\\s+){0,2}$");
    /** How far back from a name a cue is looked for. */
    private static final int WINDOW = 60;

    private Comparisons() {
    }

    /** Whether the words of {@code text} before {@code nameStart}, from {@code sentenceStart} on, compare. */
    static boolean before(String text, int sentenceStart, int nameStart) {
        int from = Math.max(sentenceStart, nameStart - WINDOW);
        String window = text.substring(from, nameStart).replace('\u00a0', ' ').replace('\n', ' ');
        return CUE.matcher(window).find();
    }
}
