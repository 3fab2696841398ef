package org.reportlint.core.vocabulary;

import java.util.List;

/**
 * One word list file, read and validated.
 *
 * @param kind whether its terms are accepted or rejected
 * @param file the file as shown to users (relative to the working folder where it can be)
 * @param entries its entries in file order
 */
public record VocabularyList(Kind kind, String file, List<VocabularyEntry> entries) {

    /** What a list's terms are. */
    public enum Kind {
        /** Terms that are right: findings inside an occurrence of one are not reported. */
        ACCEPT,
        /** Terms that must not appear: each occurrence in prose is a {@code vocabulary} finding. */
        REJECT;

        /** The key that names such a list in {@code vocabularies}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public VocabularyList {
        entries = List.copyOf(entries);
    }
}
