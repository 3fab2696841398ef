package org.reportlint.rules.generatorleftover;

import java.util.Arrays;

/** What a leftover is, as the phrase list names it; each kind says so in its own words in the finding. */
enum LeftoverKind {
    OPENER("opener", "Assistant reply opener"),
    SELF_REFERENCE("self-reference", "Assistant self-reference"),
    CLOSER("closer", "Assistant closing offer"),
    INVENTED_DATA("invented-data", "Generator note about invented figures"),
    INSTRUCTION("instruction", "Unfilled writing instruction"),
    INTERFACE("interface", "Chat interface label");

    private final String id;
    private final String label;

    LeftoverKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The kind the phrase list calls {@code id}. */
    static LeftoverKind named(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown leftover kind \"" + id + "\""));
    }

    /** The finding's message for a leftover whose text, as a message shows it, is {@code quoted}. */
    String message(String quoted) {
        return label + " \"" + quoted + "\" left in the report";
    }
}
