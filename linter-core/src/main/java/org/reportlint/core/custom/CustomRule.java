package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.Document;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * A rule declared in {@code customRules}: its id, level, message, scope and link are common to every kind; the kind
 * decides what it looks for. Immutable and stateless like any rule, so one instance checks many documents at once.
 */
public abstract class CustomRule implements Rule {
    private final Common common;
    /** Built on first use: the kinds' details are not set yet while this constructor runs. */
    private volatile RuleMetadata metadata;

    /**
     * What every kind of custom rule has.
     *
     * @param id the namespaced id, {@code house/no-guaranteed}
     * @param configFile the config that declares it, as shown to users
     * @param level the default severity (the {@code rules} map can still change it)
     * @param message the message template; {@code %s} quotes the match
     * @param scope where in the document it looks
     * @param link the page that documents it, used as SARIF {@code helpUri} and by {@code explain}
     * @param description what the rule is for, if the config says
     */
    public record Common(String id, String configFile, Severity level, String message, Scope scope,
                         Optional<String> link, Optional<String> description) {
    }

    protected CustomRule(Common common) {
        this.common = common;
    }

    private RuleMetadata buildMetadata() {
        RuleMetadata.Builder builder = RuleMetadata.builder(common.id())
                .summary(common.description().orElse(kind() + " rule: " + common.message()))
                .description(describe())
                .severity(common.level())
                .fixable(fixable())
                .recommended(true);
        common.link().ifPresent(builder::docsUrl);
        return builder.build();
    }

    /** The config that declares it, as messages name it ({@code pack:acme/reportlint.json} for a rule pack's). */
    public String declaredIn() {
        return common.configFile();
    }

    /** The kind as written in the config: {@code existence}, {@code substitution}, ... */
    public abstract String kind();

    /** What the rule looks for, one {@code Name: value} line each, for {@code explain} and the cache digest. */
    protected abstract List<String> details();

    /** A house rule's false alarm is a name or phrase the house accepts: its accept lists apply. */
    @Override
    public boolean honoursAcceptedTerms() {
        return true;
    }

    protected boolean fixable() {
        return false;
    }

    protected Common common() {
        return common;
    }

    protected MessageTemplate message() {
        return new MessageTemplate(common.message());
    }

    protected List<Region> regions(Document document) {
        return common.scope().regions(document);
    }

    @Override
    public RuleMetadata metadata() {
        RuleMetadata built = metadata;
        if (built == null) {
            // Two threads may both build it: the values are equal, so either may win.
            built = buildMetadata();
            metadata = built;
        }
        return built;
    }

    /**
     * Everything that decides what the rule reports, as text: a change to any of it in the config must invalidate
     * cached results, although the rule's class stays the same.
     */
    public String definition() {
        return String.join("\n", describeLines()) + "\nMessage: " + common.message() + "\nLevel: "
                + common.level().id();
    }

    private String describe() {
        return "Custom rule declared in " + common.configFile() + ".\n\n" + String.join("\n", describeLines());
    }

    private List<String> describeLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Kind: " + kind());
        lines.addAll(details());
        lines.add("Scope: " + common.scope());
        common.link().ifPresent(link -> lines.add("Link: " + link));
        return lines;
    }

    static String quoted(List<Term> terms) {
        return String.join(", ", terms.stream().map(t -> "\"" + t.source() + "\"").toList());
    }
}
