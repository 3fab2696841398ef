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
    private final Node root;
    private final int formCount;

    NeedleIndex(List<LeftoverForm> forms) {
        Builder builder = new Builder();
        for (int f = 0; f < forms.size(); f++) {
            for (String needle : forms.get(f).needles()) {
                builder.add(needle, f);
            }
        }
        this.root = builder.freeze();
        this.formCount = forms.size();
    }

    /**
     * Which forms may occur in {@code folded}: entry {@code f} is set when a needle of form {@code f} starts a word,
     * that is it stands at the start of the text or after a character that is not a letter or digit.
     */
    boolean[] candidates(String folded) {
        boolean[] found = new boolean[formCount];
        for (int form : root.forms) {
            // An empty needle occurs in every text.
            found[form] = true;
        }
        int length = folded.length();
        boolean afterWordCharacter = false;
        for (int at = 0; at < length; at++) {
            char c = folded.charAt(at);
            if (!afterWordCharacter) {
                Node node = root.child(c);
                for (int k = at + 1; node != null; k++) {
                    for (int form : node.forms) {
                        found[form] = true;
                    }
                    node = k < length ? node.child(folded.charAt(k)) : null;
                }
            }
            afterWordCharacter = Character.isLetterOrDigit(c);
        }
        return found;
    }

    /** A trie node: its children by character, sorted for a binary search, and the forms whose needle ends here. */
    private static final class Node {
        private static final int[] NO_FORMS = {};
        private final char[] keys;
        private final Node[] children;
        private final int[] forms;

        Node(char[] keys, Node[] children, int[] forms) {
            this.keys = keys;
            this.children = children;
            this.forms = forms.length == 0 ? NO_FORMS : forms;
        }

        Node child(char c) {
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
