package org.reportlint.spark.testrules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/**
 * Test cross-document rule, off unless enabled: a report whose first heading ({@code # Title} or
 * {@code <h1>Title</h1>}) repeats an earlier report's is a warning there, pointing at the earlier one. Its values
 * travel with a codec, as a built-in cross-document rule's do.
 */
public final class SameTitleRule implements CrossDocumentRule<SameTitleRule.Title> {
    private static final RuleMetadata METADATA = RuleMetadata.builder("test-same-title")
            .summary("Two reports share a title")
            .description("Compares the first heading of every report of the run.")
            .severity(Severity.WARNING)
            .recommended(false)
            .build();
    private static final Pattern HEADING = Pattern.compile("^# +(\\S.*?)\\s*$|<h1>(.*?)</h1>", Pattern.MULTILINE);

    /**
     * Every {@code report} call of this JVM: the thread it ran on and how many values it got, so that a test can see
     * where the cross-document step ran and over which documents (in {@code local} mode executors are threads of
     * this JVM).
     */
    public static final Queue<Call> CALLS = new ConcurrentLinkedQueue<>();

    /** One {@code report} call. */
    public record Call(String thread, int values) {
    }

    /** A report's title and where it is. */
    public record Title(String text, DocumentLocation location) {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Title> collect(CollectContext context) {
        Matcher heading = HEADING.matcher(context.document().source());
        if (!heading.find()) {
            return Optional.empty();
        }
        int group = heading.group(1) != null ? 1 : 2;
        return Optional.of(new Title(heading.group(group),
                context.locate(new TextRange(heading.start(group), heading.end(group)))));
    }

    @Override
    public Optional<FactCodec<Title>> codec() {
        return Optional.of(new FactCodec<>() {
            @Override
            public JsonNode encode(Title value, Locations locations) {
                ObjectNode json = JsonNodeFactory.instance.objectNode().put("text", value.text());
                json.set("location", locations.write(value.location()));
                return json;
            }

            @Override
            public Title decode(JsonNode json, Locations locations) {
                return new Title(json.get("text").textValue(), locations.read(json.get("location")));
            }
        });
    }

    @Override
    public void report(List<Title> collected, CrossDocumentContext context) {
        CALLS.add(new Call(Thread.currentThread().getName(), collected.size()));
        Map<String, Title> first = new HashMap<>();
        for (Title title : collected) {
            Title earlier = first.putIfAbsent(title.text(), title);
            if (earlier != null) {
                context.report(CrossDocumentProblem.at(title.location(),
                        "Title \"" + title.text() + "\" is also the title of " + earlier.location().path())
                        .withRelated(earlier.location(), "first used here"));
            }
        }
    }
}
