package org.reportlint.rules.malformedhtml;

import java.util.List;
import org.reportlint.core.rule.Problem;

/**
 * Turns defects into problems whose messages name the tags involved; where the other tags are is told by related
 * locations, never in the message. A repeated defect becomes one problem that counts the repeats and lists the first
 * {@value #LISTED_REPEATS} of them as related locations; a longer list would bury the report without telling more.
 */
final class DefectMessages {
    /** How many places of a repeated defect are listed as related locations besides the first. */
    static final int LISTED_REPEATS = 20;

    /** One problem for a defect and its repeats, at the first place, counting the others in the message. */
    Problem problem(RepeatedDefects.Group group) {
        List<HtmlDefect> repeats = group.repeats();
        Problem problem = problem(group.first());
        if (repeats.isEmpty()) {
            return problem;
        }
        String count = repeats.size() == 1 ? "1 more time" : repeats.size() + " more times";
        Problem counted = new Problem(problem.range(), problem.message() + " (and " + count + ")",
                problem.related(), problem.fix());
        for (HtmlDefect repeat : repeats.subList(0, Math.min(LISTED_REPEATS, repeats.size()))) {
            counted = counted.withRelated(repeat.range(), "the same defect again");
        }
        return counted;
    }

    Problem problem(HtmlDefect defect) {
        String tag = defect.tag();
        String open = defect.open().map(e -> "<" + e.name() + ">").orElse("");
        String other = defect.other().map(e -> "<" + e.name() + ">").orElse("");
        // No line or column in a message: they change when a line is inserted above, and a baseline records the
        // message. Where the other element is, is told by the related locations added below.
        String message = switch (defect.kind()) {
            case MISMATCHED_END_TAG -> "End tag </" + tag + "> does not match the open " + open;
            case UNCLOSED_BEFORE_END_TAG -> open + " is never closed: the </"
                    + defect.other().map(ElementStart::name).orElse("") + "> after it closes it implicitly";
            case START_TAG_CLOSES_OPEN -> "Start tag <" + tag + "> implicitly closes the open " + open
                    + " that was never closed";
            case IGNORED_END_TAG -> "End tag </" + tag + "> does not match the open " + open
                    + " and is ignored: the " + other + " opened before it stays open";
            case STRAY_END_TAG -> "Stray </" + tag + ">: there is no open <" + tag + "> to close";
            case STRAY_END_TAG_OUT_OF_SCOPE -> "Stray </" + tag + ">: the open " + open
                    + " is outside the enclosing " + other;
            case STRAY_END_TAG_ALREADY_CLOSED -> "Stray </" + tag + ">: the " + open
                    + " was already closed implicitly by " + other;
            case VOID_END_TAG -> tag.equals("br")
                    ? "End tag </br> is not allowed: a browser reads it as another <br>"
                    : "End tag </" + tag + "> is not allowed: <" + tag + "> is a void element without end tag";
            case BLOCK_CLOSES_PARAGRAPH -> "<" + tag + "> inside " + open
                    + " closes the paragraph implicitly, leaving it empty";
            case HEADING_CLOSES_HEADING -> "Heading <" + tag + "> inside " + open + " closes that heading implicitly";
            case NESTED_CLOSES_OUTER -> "<" + tag + "> inside " + open + " closes the outer " + open + " implicitly";
            case NESTED_FORM -> "<form> inside " + open + " is ignored";
            case DOCUMENT_END_IN_CONTENT -> tag + " in the middle of the content: the document continues after it";
            case DOCUMENT_TAG_IN_CONTENT -> "Document-level <" + tag + "> inside the content is ignored";
            case UNCLOSED_AT_END -> "<" + tag + "> is never closed";
            case MISNESTED_FORMATTING -> "Misnested </" + tag + ">: " + open + " inside the " + other
                    + " is still open";
            case DUPLICATE_ATTRIBUTE -> "Duplicate attribute \"" + tag + "\" on " + open
                    + ": a browser keeps the first value and drops this one";
            case UNTERMINATED_COMMENT -> "Comment <!-- is never closed: it hides everything after it";
            case ABRUPT_COMMENT -> "Comment " + tag + " ends where it starts: the text up to the next --> is shown "
                    + "on the page";
            case NESTED_COMMENT -> "Comment inside a comment: its --> ends both, and the text up to the next --> "
                    + "is shown on the page";
            case DUPLICATE_ID -> "Duplicate id \"" + tag + "\": an earlier element already has it";
            case SELF_CLOSING_NON_VOID -> "<" + tag + "/> is not self-closing in HTML: the <" + tag
                    + "> stays open";
            case FOSTER_PARENTED_ELEMENT -> "<" + tag + "> inside " + open
                    + " but outside any cell is moved before the table";
            case FOSTER_PARENTED_TEXT -> "Text inside " + open + " but outside any cell is moved before the table";
            case FOREIGN_BREAKOUT -> "<" + tag + "> inside " + open + " closes the " + open + " implicitly";
            case TABLE_PART_OUTSIDE_TABLE -> "<" + tag + "> outside a table is ignored";
        };
        Problem problem = Problem.at(defect.range(), message);
        if (defect.open().isPresent() && !defect.open().get().range().equals(defect.range())) {
            ElementStart element = defect.open().get();
            String what = switch (defect.kind()) {
                case DUPLICATE_ID -> "first use of the id";
                case DUPLICATE_ATTRIBUTE -> "first \"" + tag + "\" attribute";
                case NESTED_COMMENT -> "the outer comment opened here";
                default -> "<" + element.name() + "> opened here";
            };
            problem = problem.withRelated(element.range(), what);
        }
        if (defect.other().isPresent()) {
            ElementStart element = defect.other().get();
            String what = switch (defect.kind()) {
                case STRAY_END_TAG_ALREADY_CLOSED -> "<" + element.name() + "> closed it here";
                case UNCLOSED_BEFORE_END_TAG -> "</" + element.name() + "> closes it here";
                case ABRUPT_COMMENT, NESTED_COMMENT -> "the intended end of the comment";
                default -> "<" + element.name() + "> opened here";
            };
            problem = problem.withRelated(element.range(), what);
        }
        return problem;
    }
}
