package org.reportlint.rules.mojibake;

import java.util.Optional;

/**
 * One damaged stretch {@code [start, end)} of a block's text.
 *
 * @param kind what kind of damage it is
 * @param original for {@link Kind#MISREAD}, the text the damaged characters stand for; empty otherwise
 * @param rounds how many times the text was misread, 1 for ordinary mojibake, 2 for double-encoded text
 * @param exactMisreading the reader that turns {@code original} back into exactly the damaged text, if one does:
 *     only then is the repair safe
 */
record Damage(int start, int end, Kind kind, String original, int rounds, Optional<Misreading> exactMisreading) {

    enum Kind {
        /** Characters that re-decode as UTF-8 to the original text. */
        MISREAD,
        /** {@code â€} whose third byte a reader dropped: the character cannot be recovered. */
        LOST_BYTE,
        /** {@code Â} left before a space after the no-break space it belonged to became a plain space. */
        STRAY_NO_BREAK_SPACE_LEAD,
        /** U+FFFD in the text: the character was already lost before this file was written. */
        REPLACEMENT_CHARACTER
    }

    static Damage misread(int start, int end, String original, int rounds, Optional<Misreading> exactMisreading) {
        return new Damage(start, end, Kind.MISREAD, original, rounds, exactMisreading);
    }

    static Damage of(Kind kind, int start, int end) {
        return new Damage(start, end, kind, "", 0, Optional.empty());
    }

    /** The text that safely replaces the damaged characters, if the round trip is exact; a BOM is simply dropped. */
    Optional<String> repair() {
        return exactMisreading.map(reader -> original.replace("\uFEFF", ""));
    }
}
