package org.reportlint.rules.malformedhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;

/**
 * Explains an end tag that has nothing to close by what happened to its element earlier.
 *
 * <p>When a later tag closed its element implicitly, the finding names that tag. When its start tag was ignored with a
 * finding of its own, the end tag gives no second finding.
 */
final class StrayEndTags {
    /** How many implicit closes are remembered to explain a later stray end tag; older ones are too far away. */
    private static final int REMEMBERED_IMPLICIT_CLOSES = 64;

    /** Elements closed by a later tag, most recent first, so that their own end tag can be explained. */
    private final Deque<ImplicitClose> implicitCloses = new ArrayDeque<>();
    /** Start tags ignored with a finding, by name, whose matching end tag is then no second finding. */
    private final Map<String, Integer> ignoredStartTags = new HashMap<>();

    /** An element that a later tag closed before its own end tag came. */
    private record ImplicitClose(OpenElement element, ElementStart closer, OpenElement parent) {
    }

    /** Remembers that the closer's start tag closed the element before the element's own end tag came. */
    void closedImplicitly(OpenElement element, MarkupToken closer) {
        implicitCloses.addFirst(new ImplicitClose(element, new ElementStart(closer.name(), closer.range()),
                element.parent));
        if (implicitCloses.size() > REMEMBERED_IMPLICIT_CLOSES) {
            implicitCloses.removeLast();
        }
    }

    /** Remembers a start tag the browser ignores, so that one end tag of its name closes nothing silently. */
    void startTagIgnored(String name) {
        ignoredStartTags.merge(name, 1, Integer::sum);
    }

    /**
     * The defect for an end tag with nothing to close, given the current node; empty when an ignored start tag
     * already explains it.
     */
    Optional<HtmlDefect> defect(MarkupToken token, OpenElement top) {
        String name = token.name();
        for (Iterator<ImplicitClose> it = implicitCloses.iterator(); it.hasNext(); ) {
            ImplicitClose closed = it.next();
            if (closed.element().name.equals(name) && closed.parent() == top) {
                it.remove();
                return Optional.of(HtmlDefect.of(Kind.STRAY_END_TAG_ALREADY_CLOSED, token.range(), name,
                        closed.element(), closed.closer()));
            }
        }
        Integer ignored = ignoredStartTags.get(name);
        if (ignored != null && ignored > 0) {
            ignoredStartTags.put(name, ignored - 1);
            return Optional.empty();
        }
        return Optional.of(HtmlDefect.of(Kind.STRAY_END_TAG, token.range(), name));
    }
}
