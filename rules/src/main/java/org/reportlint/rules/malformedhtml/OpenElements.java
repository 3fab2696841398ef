package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stack of open elements with the scope queries of the HTML tree builder.
 *
 * <p>It counts open elements by name so that the common query "is there an open p?" costs nothing when there is
 * none, which keeps deep nesting linear in practice.
 */
final class OpenElements {

    /** The kinds of element scope: which elements an end tag or an implied close cannot reach past. */
    enum Scope { DEFAULT, LIST_ITEM, BUTTON, TABLE }

    private final List<OpenElement> stack = new ArrayList<>();
    /** Open elements by name; a mutable count per name, so that a push or pop boxes nothing. */
    private final Map<String, int[]> openByName = new HashMap<>();

    boolean isEmpty() {
        return stack.isEmpty();
    }

    /** The current node, or null when nothing is open. */
    OpenElement top() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    boolean topIs(String name) {
        OpenElement top = top();
        return top != null && top.isHtml(name);
    }

    boolean topIsAny(Set<String> names) {
        OpenElement top = top();
        return top != null && top.isHtml() && names.contains(top.name);
    }

    void push(OpenElement element) {
        OpenElement top = top();
        if (top != null) {
            top.hasContent = true;
        }
        stack.add(element);
        openByName.computeIfAbsent(element.name, name -> new int[1])[0]++;
    }

    OpenElement pop() {
        OpenElement element = stack.remove(stack.size() - 1);
        closed(element);
        return element;
    }

    /** Pops elements until {@code target} has been popped. */
    void popThrough(OpenElement target) {
        while (!stack.isEmpty() && pop() != target) {
            // keep popping
        }
    }

    /** Takes an element out of the middle of the stack, leaving the ones above it open. */
    void remove(OpenElement element) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) == element) {
                stack.remove(i);
                closed(element);
                return;
            }
        }
    }

    boolean anyOpen(String name) {
        int[] count = openByName.get(name);
        return count != null && count[0] > 0;
    }

    /** Whether an element of any of the names is open; a loop, as this runs for every heading and list item. */
    boolean anyOpen(Set<String> names) {
        for (String name : names) {
            if (anyOpen(name)) {
                return true;
            }
        }
        return false;
    }

    /** The elements from the top of the stack down to, not including, {@code target}; top first. */
    List<OpenElement> above(OpenElement target) {
        List<OpenElement> result = new ArrayList<>();
        for (int i = stack.size() - 1; i >= 0 && stack.get(i) != target; i--) {
            result.add(stack.get(i));
        }
        return result;
    }

    /** The topmost open HTML element with the name, if it is in the given scope; else null. */
    OpenElement inScope(String name, Scope scope) {
        return anyOpen(name) ? inScope(e -> e.isHtml(name), scope) : null;
    }

    /** The topmost open element matching, if it is in the given scope; else null. */
    OpenElement inScope(Predicate<OpenElement> wanted, Scope scope) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            OpenElement element = stack.get(i);
            if (wanted.test(element)) {
                return element;
            }
            if (isBoundary(element, scope)) {
                return null;
            }
        }
        return null;
    }

    /** The topmost open element matching, in any scope, or where a walk down the stack stops; else null. */
    OpenElement topmost(Predicate<OpenElement> wanted) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (wanted.test(stack.get(i))) {
                return stack.get(i);
            }
        }
        return null;
    }

    /** The topmost element that bounds the given scope; null when none is open. */
    OpenElement nearestBoundary(Scope scope) {
        return topmost(e -> isBoundary(e, scope));
    }

    /** Pops the current node if it is the HTML element of the name, and says whether it did. */
    boolean popIfTop(String name) {
        if (topIs(name)) {
            pop();
            return true;
        }
        return false;
    }

    /** Records that the current node has content, if anything is open. */
    void markTopHasContent() {
        OpenElement top = top();
        if (top != null) {
            top.hasContent = true;
        }
    }

    /** The innermost element above the target whose end tag is required and missing, or null. */
    OpenElement innermostUnclosed(OpenElement target) {
        for (OpenElement element : above(target)) {
            if (!element.mayStayOpen()) {
                return element;
            }
        }
        return null;
    }

    /** Pops the elements a browser closes on its own ("generate implied end tags"), stopping at {@code except}. */
    void generateImpliedEndTags(String except) {
        while (!isEmpty() && top().isHtml() && ElementCategories.IMPLIED_END.contains(top().name)
                && !top().name.equals(except)) {
            pop();
        }
    }

    /** Pops what was put inside a table part without a cell, back to the named table elements or a template. */
    void clearBackTo(Set<String> names) {
        while (!isEmpty() && !(top().isHtml() && (names.contains(top().name) || top().name.equals("template")))) {
            pop();
        }
    }

    /** The open formatting element of the name since the last table cell or similar marker; else null. */
    OpenElement formattingElement(String name) {
        if (!anyOpen(name)) {
            return null;
        }
        OpenElement stop = topmost(e -> e.isHtml(name)
                || e.isHtml() && ElementCategories.FORMATTING_MARKERS.contains(e.name));
        return stop != null && stop.isHtml(name) ? stop : null;
    }

    /** Every open element, bottom first. */
    List<OpenElement> all() {
        return List.copyOf(stack);
    }

    static boolean isBoundary(OpenElement element, Scope scope) {
        if (!element.isHtml()) {
            return scope != Scope.TABLE && ElementCategories.FOREIGN_SCOPE_BOUNDARY.contains(element.name);
        }
        return switch (scope) {
            case TABLE -> ElementCategories.TABLE_SCOPE_BOUNDARY.contains(element.name);
            case LIST_ITEM -> ElementCategories.SCOPE_BOUNDARY.contains(element.name)
                    || element.name.equals("ol") || element.name.equals("ul");
            case BUTTON -> ElementCategories.SCOPE_BOUNDARY.contains(element.name) || element.name.equals("button");
            case DEFAULT -> ElementCategories.SCOPE_BOUNDARY.contains(element.name);
        };
    }

    private void closed(OpenElement element) {
        element.open = false;
        openByName.get(element.name)[0]--;
    }
}
