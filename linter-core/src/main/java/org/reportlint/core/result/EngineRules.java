package org.reportlint.core.result;

import java.util.List;
import org.reportlint.core.rule.RuleDocs;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * Findings the engine reports itself rather than a rule: decoding damage, rule crashes, unused suppressions, terms
 * a vocabulary rejects.
 */
public final class EngineRules {
    public static final String ENCODING = "encoding";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";
    public static final String VOCABULARY = "vocabulary";

    public static final RuleMetadata ENCODING_METADATA = RuleMetadata.builder(ENCODING)
            .summary("The file is not valid in its declared or detected encoding")
            .description("Reported once per file at the first byte that is not valid in the encoding the file was "
                    + "read with (a byte order mark, a <meta charset>, else UTF-8). The text is linted with each "
                    + "bad byte replaced by U+FFFD. Re-save the file in UTF-8, or declare the encoding it is in. "
                    + "Also reported: a <meta charset> that is ignored because it names a charset that cannot read "
                    + "the ASCII it is written in (UTF-16, UTF-32, EBCDIC) or one Java does not know, as browsers "
                    + "ignore it; UTF-16 or UTF-32 without a byte order mark; and the first NUL byte of a file "
                    + "linted although it looks binary.")
            .severity(Severity.WARNING)
            .docsUrl(RuleDocs.pageOf(ENCODING))
            .build();

    public static final RuleMetadata INTERNAL_ERROR_METADATA = RuleMetadata.builder(INTERNAL_ERROR)
            .summary("A rule failed on this file")
            .description("A rule threw an exception while checking this file. The other rules and files were still "
                    + "linted. This is a bug in the rule: please report it with the file. Never hidden by "
                    + "configuration, and it makes the run exit with code 3.")
            .severity(Severity.ERROR)
            .docsUrl(RuleDocs.pageOf(INTERNAL_ERROR))
            .build();

    public static final RuleMetadata UNUSED_SUPPRESSION_METADATA = RuleMetadata.builder(UNUSED_SUPPRESSION)
            .summary("An inline reportlint-disable directive that suppressed nothing")
            .description("A reportlint-disable comment hides findings of the rules it names. When it hides none, it "
                    + "is stale or misspelled: remove it, or fix the rule id. A rule id no rule has is reported at the directive "
                    + "as an unknown rule, with the id it most likely meant.")
            .severity(Severity.WARNING)
            .docsUrl(RuleDocs.pageOf(UNUSED_SUPPRESSION))
            .build();

    public static final RuleMetadata VOCABULARY_METADATA = RuleMetadata.builder(VOCABULARY)
            .summary("A term a vocabulary's reject list names")
            .description("Reports every occurrence, in prose, of a term on a reject list named in \"vocabularies\" "
                    + "of .reportlint.json (code, inline code and front matter are not prose). The message names "
                    + "the text and the list file. An occurrence inside an accepted term (an accept list of any "
                    + "vocabulary in effect) is not reported: with \"Leverage Partners\" accepted, the company's "
                    + "name passes while \"leverage\" elsewhere is reported. Entries match whole words; an entry "
                    + "written without capitals matches in any case, one with a capital only as written; re:PATTERN "
                    + "is an RE2 pattern. It finds nothing when no reject list is in effect; like the engine's other "
                    + "findings it runs whatever the preset, and \"vocabulary\": \"off\" turns it off.")
            .severity(Severity.WARNING)
            .example("<!-- reject.txt: leverage -->\n<p>We leverage our network.</p>",
                    "<!-- reject.txt: leverage -->\n<p>We use our network.</p>")
            .docsUrl(RuleDocs.pageOf(VOCABULARY))
            .build();

    public static final List<RuleMetadata> ALL = List.of(
            ENCODING_METADATA, INTERNAL_ERROR_METADATA, UNUSED_SUPPRESSION_METADATA, VOCABULARY_METADATA);

    private EngineRules() {
    }
}
