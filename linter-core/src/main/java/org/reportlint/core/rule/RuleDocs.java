package org.reportlint.core.rule;

/**
 * Where the rules that ship with reportlint are documented: one generated page per rule in the repository's
 * {@code docs/rules/} folder, which SARIF results link as {@code helpUri} and editors as the code's description.
 */
public final class RuleDocs {
    /** The folder of the pages, as GitHub shows it. */
    public static final String PAGES = "https://github.com/reportlint/reportlint/blob/main/docs/rules/";
    /** Rules in this package and below are reportlint's own, and have a page in {@link #PAGES}. */
    private static final String BUILT_IN_PACKAGE = "org.reportlint.rules.";

    private RuleDocs() {
    }

    /** The page of the built-in rule {@code id}. */
    public static String pageOf(String id) {
        return PAGES + id + ".md";
    }

    /**
     * The metadata of {@code rule} with its page: the one it names itself, else, for a rule that ships with
     * reportlint, its page in the repository; a third-party rule without a page of its own has none.
     */
    public static RuleMetadata withPage(RuleMetadata metadata, Class<?> rule) {
        if (metadata.docsUrl().isPresent() || !rule.getName().startsWith(BUILT_IN_PACKAGE)) {
            return metadata;
        }
        return metadata.withDocsUrl(pageOf(metadata.id()));
    }
}
