package org.reportlint.rules.generatorleftover;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The needles of every form in one trie, so that one pass over a folded text tells which forms may occur in it:
 * the same answer as {@link LeftoverForm#mayOccurIn} for each form, without one {@code indexOf} per needle and
 * form over the whole text.
 */
final class NeedleIndex {
    /** For each ASCII character, whether it is a letter or digit, and what {@link LeftoverFinder#fold} writes. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final char[] ASCII_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_FOLDED[c] = LeftoverFinder.foldChar(c);
        }
    }

    private final Node root;
    private final NeedlePrefixes prefixes;
    private final int formCount;

    NeedleIndex(List<LeftoverForm> forms) {
        Builder builder = new Builder();
        List<String> needles = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
            for (String needle : forms.get(f).needles()) {
                builder.add(needle, f);
                needles.add(needle);
            }
        }
        this.root = builder.freeze();
        this.prefixes = new NeedlePrefixes(needles);
        this.formCount = forms.size();
    }

    /**
     * Which forms may occur in {@code text} once {@linkplain LeftoverFinder#fold folded}: entry {@code f} is set when
     * a needle of form {@code f} starts a word of the folded text, that is it stands at its start or after a
     * character that is not a letter or digit. The text is folded as it is read, character by character, rather
     * than copied folded first.
     */
    boolean[] candidates(String text) {
        boolean[] found = new boolean[formCount];
        for (int form : root.forms) {
            // An empty needle occurs in every text.
            found[form] = true;
        }
        int length = text.length();
        boolean afterWordCharacter = false;
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (c < 128 && ASCII_WORD[c]) {
                // Letters and digits, most of a text: only the first of a word can start a needle.
                if (!afterWordCharacter && prefixes.mayStart(text, ASCII_FOLDED[c], at + 1)) {
                    walk(text, ASCII_FOLDED[c], at + 1, found);
                }
                // The rest of the word starts no needle.
                at++;
                while (at < length && (c = text.charAt(at)) < 128 && ASCII_WORD[c]) {
                    at++;
                }
                afterWordCharacter = true;
                continue;
            }
            boolean space = LeftoverFinder.isSpace(c);
            char folded = space ? ' ' : LeftoverFinder.foldChar(c);
            int next = space ? afterSpaces(text, at) : at + 1;
            if (!afterWordCharacter && prefixes.mayStart(text, folded, next)) {
                walk(text, folded, next, found);
            }
            afterWordCharacter = !space && Character.isLetterOrDigit(folded);
            at = next;
        }
        return found;
    }

    /** Marks the forms of every needle that the folded text starting with {@code first}, then at {@code next}, has. */
    private void walk(String text, char first, int next, boolean[] found) {
        Node node = root.child(first);
        int at = next;
        while (node != null) {
            for (int form : node.forms) {
                found[form] = true;
            }
            if (at >= text.length()) {
                return;
            }
            char c = text.charAt(at);
            boolean space = LeftoverFinder.isSpace(c);
            node = node.child(space ? ' ' : LeftoverFinder.foldChar(c));
            at = space ? afterSpaces(text, at) : at + 1;
        }
    }

    /** The end of the run of whitespace at {@code at}, which folds to one space. */
    static int afterSpaces(String text, int at) {
        int end = at + 1;
        while (end < text.length() && LeftoverFinder.isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A trie node: its children by character, sorted for a binary search, and the forms whose needle ends here. */
    private static final class Node {
        private static final int[] NO_FORMS = {};
        private final char[] keys;
        private final Node[] children;
        private final int[] forms;
        /** For a node whose children are all ASCII, the root in practice: the child by character, no search. */
        private final Node[] ascii;

        Node(char[] keys, Node[] children, int[] forms) {
            this.keys = keys;
            this.children = children;
            this.forms = forms.length == 0 ? NO_FORMS : forms;
            boolean allAscii = keys.length > 8;
            for (char key : keys) {
                allAscii &= key < 128;
            }
            this.ascii = allAscii ? new Node[128] : null;
            for (int i = 0; allAscii && i < keys.length; i++) {
                ascii[keys[i]] = children[i];
            }
        }

        Node child(char c) {
            if (ascii != null) {
                return c < 128 ? ascii[c] : null;
            }
            int low = 0;
            int high = keys.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                char key = keys[middle];
                if (key < c) {
                    low = middle + 1;
                } else if (key > c) {
                    high = middle - 1;
                } else {
                    return children[middle];
                }
            }
            return null;
        }
    }

    /** The trie while needles are added. */
    private static final class Builder {
        private final TreeMap<Character, Builder> children = new TreeMap<>();
        private final List<Integer> forms = new ArrayList<>();

        void add(String needle, int form) {
            Builder node = this;
            for (int i = 0; i < needle.length(); i++) {
                node = node.children.computeIfAbsent(needle.charAt(i), c -> new Builder());
            }
            if (!node.forms.contains(form)) {
                node.forms.add(form);
            }
        }

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int i = 0;
            for (var child : children.entrySet()) {
                keys[i] = child.getKey();
                nodes[i] = child.getValue().freeze();
                i++;
            }
            return new Node(keys, nodes, forms.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
