package org.reportlint.core.format;

import java.util.List;
import java.util.Objects;
import org.reportlint.core.rule.RuleMetadata;

/**
 * What a formatter may know beyond the result: the tool's version, whether colors are wanted, and the metadata of the
 * rules that could have reported (SARIF describes each rule it cites, the HTML page names them).
 *
 * @param toolVersion the reportlint version reports name
 * @param color whether the report may use ANSI colors (only text does)
 * @param rules the metadata of every rule of the run, engine rules included
 */
public record FormatContext(String toolVersion, boolean color, List<RuleMetadata> rules) {

    public FormatContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        rules = List.copyOf(rules);
    }

    /** The same context without colors, for reports written to files. */
    public FormatContext withoutColor() {
        return new FormatContext(toolVersion, false, rules);
    }
}
