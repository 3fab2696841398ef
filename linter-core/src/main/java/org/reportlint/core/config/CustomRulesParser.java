package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.OptionalInt;
import org.reportlint.core.custom.CagrCondition;
import org.reportlint.core.custom.CapitalizationRule;
import org.reportlint.core.custom.ConsistencyRule;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.custom.ExistenceRule;
import org.reportlint.core.custom.FigureCondition;
import org.reportlint.core.custom.FigureRule;
import org.reportlint.core.custom.ForecastPeriodCondition;
import org.reportlint.core.custom.Limit;
import org.reportlint.core.custom.MarketSizeCondition;
import org.reportlint.core.custom.Re2Patterns;
import org.reportlint.core.custom.RequiredRule;
import org.reportlint.core.custom.Scope;
import org.reportlint.core.custom.SubjectFilter;
import org.reportlint.core.custom.SubstitutionRule;
import org.reportlint.core.custom.Term;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.FigureKind;
import org.reportlint.core.facts.Subject;
import org.reportlint.core.facts.YearRange;
import org.reportlint.core.rule.Severity;

/**
 * Reads the {@code customRules} object of a config into rules. Every mistake is a {@link ConfigException} at the
 * key or value it is about, with the nearest valid name as a suggestion, and a pattern RE2 rejects says why in one
 * line.
 */
final class CustomRulesParser {
    /** {@code namespace/kebab-id}: the namespace keeps configured ids apart from built-in ones, now and later. */
    private static final Pattern NAMESPACED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*/[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final List<String> KINDS = List.of("existence", "substitution", "required", "consistency",
            "capitalization", "figure");
    private static final List<String> COMMON = List.of("kind", "level", "message", "scope", "link", "description",
            "ignoreCase");
    private static final Map<String, List<String>> KIND_KEYS = Map.of(
            "existence", List.of("patterns", "words", "wordBoundaries"),
            "substitution", List.of("swap", "wordBoundaries"),
            "required", List.of("pattern"),
            "consistency", List.of("either", "wordBoundaries"),
            "capitalization", List.of("match", "exceptions"),
            "figure", List.of("fact", "min", "max", "year", "startYear", "endYear", "historical", "subjects"));
    /** The facts a figure rule can check, and the keys each takes besides {@code fact}. */
    private static final Map<String, List<String>> FACT_KEYS = Map.of(
            "cagr", List.of("min", "max", "historical", "subjects"),
            "market-size", List.of("min", "max", "year", "subjects"),
            "forecast-period", List.of("startYear", "endYear"));
    private static final List<String> FACTS = List.of("cagr", "market-size", "forecast-period");
    private static final List<String> LEVELS = List.of("error", "warning", "info");

    private final String file;
    private final RuleRegistry builtIn;

    /** Whether {@code id} has the form of a declared rule's id, {@code namespace/kebab-id}. */
    static boolean isNamespaced(String id) {
        return NAMESPACED.matcher(id).matches();
    }

    CustomRulesParser(String file, RuleRegistry builtIn) {
        this.file = file;
        this.builtIn = builtIn;
    }

    List<CustomRule> parse(JsonNodeAt node) throws ConfigException {
        JsonNodeAt.ObjectNode rules = object(node, "\"customRules\"");
        List<CustomRule> parsed = new ArrayList<>();
        for (JsonNodeAt.Member member : rules.members().values()) {
            parsed.add(rule(member));
        }
        return parsed;
    }

    private CustomRule rule(JsonNodeAt.Member member) throws ConfigException {
        String id = member.key();
        if (!NAMESPACED.matcher(id).matches()) {
            throw error(member.line(), member.column(), "custom rule id \"" + id + "\" must be namespace/kebab-id, "
                    + "such as \"" + suggestedId(id) + "\"");
        }
        if (builtIn.metadata(id).isPresent()) {
            throw error(member.line(), member.column(), "custom rule id \"" + id + "\" is already a rule's id");
        }
        JsonNodeAt.ObjectNode body = object(member.value(), "custom rule \"" + id + "\"");
        Map<String, JsonNodeAt.Member> keys = body.members();
        JsonNodeAt.StringNode kindNode = string(required(body, id, "kind"), id, "kind");
        String kind = kindNode.value();
        if (!KINDS.contains(kind)) {
            throw error(kindNode.line(), kindNode.column(), "custom rule \"" + id + "\": unknown kind \"" + kind
                    + "\": use one of " + String.join(", ", KINDS) + Nearest.hint(kind, KINDS));
        }
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(KIND_KEYS.get(kind));
        for (JsonNodeAt.Member key : keys.values()) {
            if (!allowed.contains(key.key())) {
                throw error(key.line(), key.column(), "custom rule \"" + id + "\": unknown key \"" + key.key()
                        + "\" for kind " + kind + otherKind(key.key(), kind) + Nearest.hint(key.key(), allowed));
            }
        }
        boolean ignoreCase = flag(keys.get("ignoreCase"), id, kind.equals("substitution"));
        boolean wordBoundaries = flag(keys.get("wordBoundaries"), id, true);
        CustomRule.Common common = new CustomRule.Common(id, file, level(keys.get("level"), id),
                string(required(body, id, "message"), id, "message").value(), scope(keys.get("scope"), id),
                optionalString(keys.get("link"), id), optionalString(keys.get("description"), id));
        if (kind.equals("capitalization") && !keys.containsKey("scope")) {
            // Case rules are about headings; prose in title case is not a thing to check.
            common = new CustomRule.Common(common.id(), common.configFile(), common.level(), common.message(),
                    Scope.parse("heading").orElseThrow(), common.link(), common.description());
        }
        return switch (kind) {
            case "existence" -> existence(common, body, ignoreCase, wordBoundaries);
            case "substitution" -> substitution(common, required(body, id, "swap"), ignoreCase, wordBoundaries);
            case "required" -> new RequiredRule(common, term(string(required(body, id, "pattern"), id, "pattern"),
                    id, ignoreCase, false));
            case "capitalization" -> capitalization(common, body);
            case "figure" -> new FigureRule(common, new FigureRuleParser(common.id(), body).condition());
            default -> consistency(common, required(body, id, "either"), ignoreCase, wordBoundaries);
        };
    }

    private ExistenceRule existence(CustomRule.Common common, JsonNodeAt.ObjectNode body, boolean ignoreCase,
                                    boolean wordBoundaries) throws ConfigException {
        String id = common.id();
        JsonNodeAt.Member patterns = body.members().get("patterns");
        JsonNodeAt.Member words = body.members().get("words");
        if (patterns == null && words == null) {
            throw error(body.line(), body.column(), "custom rule \"" + id + "\": kind existence needs \"patterns\" "
                    + "(RE2 patterns) or \"words\" (literal words and phrases)");
        }
        List<Term> terms = new ArrayList<>();
        for (JsonNodeAt.StringNode pattern : strings(patterns, id)) {
            terms.add(term(pattern, id, ignoreCase, wordBoundaries));
        }
        for (JsonNodeAt.StringNode word : strings(words, id)) {
            terms.add(literal(word.value(), ignoreCase, wordBoundaries));
        }
        if (terms.isEmpty()) {
            JsonNodeAt at = patterns != null ? patterns.value() : words.value();
            throw error(at.line(), at.column(), "custom rule \"" + id + "\": give at least one pattern or word");
        }
        return new ExistenceRule(common, terms);
    }

    private SubstitutionRule substitution(CustomRule.Common common, JsonNodeAt node, boolean ignoreCase,
                                          boolean wordBoundaries) throws ConfigException {
        List<Term> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        JsonNodeAt.ObjectNode swap = object(node, "\"swap\" of custom rule \"" + common.id() + "\"");
        for (JsonNodeAt.Member pair : swap.members().values()) {
            from.add(term(new JsonNodeAt.StringNode(pair.line(), pair.column(), pair.key()), common.id(), ignoreCase,
                    wordBoundaries));
            to.add(string(pair.value(), common.id(), "swap").value());
        }
        if (from.isEmpty()) {
            throw error(swap.line(), swap.column(), "custom rule \"" + common.id() + "\": \"swap\" is empty");
        }
        return new SubstitutionRule(common, from, to);
    }

    private CapitalizationRule capitalization(CustomRule.Common common, JsonNodeAt.ObjectNode body)
            throws ConfigException {
        JsonNodeAt.StringNode match = string(required(body, common.id(), "match"), common.id(), "match");
        List<String> styles = List.of("title", "sentence");
        if (!styles.contains(match.value())) {
            throw error(match.line(), match.column(), "custom rule \"" + common.id() + "\": unknown \"match\" \""
                    + match.value() + "\": use title or sentence" + Nearest.hint(match.value(), styles));
        }
        Set<String> exceptions = new LinkedHashSet<>();
        for (JsonNodeAt.StringNode word : strings(body.members().get("exceptions"), common.id())) {
            exceptions.add(word.value());
        }
        return new CapitalizationRule(common, match.value().equals("title") ? CapitalizationRule.Style.TITLE
                : CapitalizationRule.Style.SENTENCE, exceptions);
    }

    private ConsistencyRule consistency(CustomRule.Common common, JsonNodeAt node, boolean ignoreCase,
                                        boolean wordBoundaries) throws ConfigException {
        List<Term[]> pairs = new ArrayList<>();
        JsonNodeAt.ObjectNode either = object(node, "\"either\" of custom rule \"" + common.id() + "\"");
        for (JsonNodeAt.Member pair : either.members().values()) {
            JsonNodeAt.StringNode other = string(pair.value(), common.id(), "either");
            pairs.add(new Term[] {
                    literal(pair.key(), ignoreCase, wordBoundaries), literal(other.value(), ignoreCase, wordBoundaries)});
        }
        if (pairs.isEmpty()) {
            throw error(either.line(), either.column(), "custom rule \"" + common.id() + "\": \"either\" is empty");
        }
        return new ConsistencyRule(common, pairs);
    }

    private Term term(JsonNodeAt.StringNode pattern, String id, boolean ignoreCase, boolean wordBoundaries)
            throws ConfigException {
        try {
            return new Term(pattern.value(), Re2Patterns.compile(pattern.value(), ignoreCase), wordBoundaries);
        } catch (Re2Patterns.InvalidPattern invalid) {
            throw error(pattern.line(), pattern.column(), "custom rule \"" + id + "\": pattern \"" + pattern.value()
                    + "\": " + invalid.getMessage());
        }
    }

    private static Term literal(String text, boolean ignoreCase, boolean wordBoundaries) {
        int flags = ignoreCase ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0;
        return new Term(text, com.google.re2j.Pattern.compile(Re2Patterns.literal(text), flags), wordBoundaries);
    }

    /** When a key belongs to another kind, says so: the likely mistake is the kind, not the key. */
    private static String otherKind(String key, String kind) {
        Set<String> owners = new LinkedHashSet<>();
        KINDS.forEach(k -> {
            if (KIND_KEYS.get(k).contains(key)) {
                owners.add(k);
            }
        });
        return owners.isEmpty() ? "" : " (\"" + key + "\" belongs to kind " + String.join(" or ", owners) + ")";
    }

    private JsonNodeAt required(JsonNodeAt.ObjectNode body, String id, String key) throws ConfigException {
        JsonNodeAt.Member member = body.members().get(key);
        if (member == null) {
            throw error(body.line(), body.column(), "custom rule \"" + id + "\" needs \"" + key + "\"");
        }
        return member.value();
    }

    private Severity level(JsonNodeAt.Member member, String id) throws ConfigException {
        if (member == null) {
            return Severity.WARNING;
        }
        JsonNodeAt.StringNode value = string(member.value(), id, "level");
        return Severity.fromId(value.value()).orElseThrow(() -> error(value.line(), value.column(), "custom rule \""
                + id + "\": unknown level \"" + value.value() + "\": use one of " + String.join(", ", LEVELS)
                + Nearest.hint(value.value(), LEVELS)));
    }

    private Scope scope(JsonNodeAt.Member member, String id) throws ConfigException {
        if (member == null) {
            return Scope.text();
        }
        JsonNodeAt.StringNode value = string(member.value(), id, "scope");
        List<String> names = new ArrayList<>(Scope.NAMES);
        Scope.NAMES.stream().filter(n -> !n.equals("text")).forEach(n -> names.add("!" + n));
        return Scope.parse(value.value()).orElseThrow(() -> error(value.line(), value.column(), "custom rule \"" + id
                + "\": unknown scope \"" + value.value() + "\": use one of " + String.join(", ", Scope.NAMES)
                + ", or a negation such as !heading" + Nearest.hint(value.value(), names)));
    }

    private boolean flag(JsonNodeAt.Member member, String id, boolean otherwise) throws ConfigException {
        if (member == null) {
            return otherwise;
        }
        if (member.value() instanceof JsonNodeAt.BooleanNode b) {
            return b.value();
        }
        throw error(member.value().line(), member.value().column(), "custom rule \"" + id + "\": \"" + member.key()
                + "\" must be true or false, not " + member.value().typeName());
    }

    private Optional<String> optionalString(JsonNodeAt.Member member, String id) throws ConfigException {
        return member == null ? Optional.empty() : Optional.of(string(member.value(), id, member.key()).value());
    }

    private List<JsonNodeAt.StringNode> strings(JsonNodeAt.Member member, String id) throws ConfigException {
        List<JsonNodeAt.StringNode> values = new ArrayList<>();
        if (member == null) {
            return values;
        }
        if (!(member.value() instanceof JsonNodeAt.ArrayNode array)) {
            throw error(member.value().line(), member.value().column(), "custom rule \"" + id + "\": \""
                    + member.key() + "\" must be an array of strings, not " + member.value().typeName());
        }
        for (JsonNodeAt item : array.items()) {
            values.add(string(item, id, member.key()));
        }
        return values;
    }

    private JsonNodeAt.StringNode string(JsonNodeAt node, String id, String key) throws ConfigException {
        if (node instanceof JsonNodeAt.StringNode s) {
            return s;
        }
        throw error(node.line(), node.column(), "custom rule \"" + id + "\": \"" + key + "\" must be a string, not "
                + node.typeName());
    }

    private JsonNodeAt.ObjectNode object(JsonNodeAt node, String what) throws ConfigException {
        if (node instanceof JsonNodeAt.ObjectNode object) {
            return object;
        }
        throw error(node.line(), node.column(), what + " must be an object, not " + node.typeName());
    }

    private ConfigException error(int line, int column, String reason) {
        return new ConfigException(file, line, column, reason);
    }

    /**
     * Reads the condition of one {@code figure} rule: which fact, and the limits or years it must keep to. Each key
     * is checked against the fact it belongs to, and each value against what the fact measures.
     */
    private final class FigureRuleParser {
        private final String id;
        private final JsonNodeAt.ObjectNode body;
        private final Map<String, JsonNodeAt.Member> keys;

        FigureRuleParser(String id, JsonNodeAt.ObjectNode body) {
            this.id = id;
            this.body = body;
            this.keys = body.members();
        }

        FigureCondition condition() throws ConfigException {
            JsonNodeAt.StringNode factNode = string(required(body, id, "fact"), id, "fact");
            String fact = factNode.value();
            if (!FACTS.contains(fact)) {
                throw error(factNode.line(), factNode.column(), "custom rule \"" + id + "\": unknown fact \"" + fact
                        + "\": use one of " + String.join(", ", FACTS) + Nearest.hint(fact, FACTS));
            }
            List<String> allowed = FACT_KEYS.get(fact);
            for (JsonNodeAt.Member key : keys.values()) {
                if (KIND_KEYS.get("figure").contains(key.key()) && !key.key().equals("fact")
                        && !allowed.contains(key.key())) {
                    throw error(key.line(), key.column(), "custom rule \"" + id + "\": \"" + key.key()
                            + "\" does not apply to fact " + fact + otherFact(key.key()) + ": use "
                            + String.join(", ", allowed) + Nearest.hint(key.key(), allowed));
                }
            }
            return switch (fact) {
                case "cagr" -> cagr();
                case "market-size" -> marketSize();
                default -> forecastPeriod();
            };
        }

        private CagrCondition cagr() throws ConfigException {
            Optional<Limit> min = rate("min");
            Optional<Limit> max = rate("max");
            requireALimit(min, max, "cagr", "\"max\": 25 for a CAGR of at most 25%");
            checkOrder(min, max);
            return new CagrCondition(min, max, flag(keys.get("historical"), id, false), subjects());
        }

        private MarketSizeCondition marketSize() throws ConfigException {
            Optional<Figure> min = amount("min");
            Optional<Figure> max = amount("max");
            requireALimit(min, max, "market-size", "\"max\": \"USD 500 billion\"");
            if (min.isPresent() && max.isPresent() && !min.get().currency().equals(max.get().currency())) {
                JsonNodeAt at = keys.get("max").value();
                throw error(at.line(), at.column(), "custom rule \"" + id + "\": \"min\" is in "
                        + min.get().currency() + " but \"max\" in " + max.get().currency()
                        + ": give both in one currency");
            }
            Optional<Limit> low = min.map(f -> new Limit(f.scaledLow(), f.text()));
            Optional<Limit> high = max.map(f -> new Limit(f.scaledLow(), f.text()));
            checkOrder(low, high);
            String currency = (min.isPresent() ? min : max).get().currency();
            return new MarketSizeCondition(low, high, currency, year("year"), subjects());
        }

        private ForecastPeriodCondition forecastPeriod() throws ConfigException {
            OptionalInt start = year("startYear");
            OptionalInt end = year("endYear");
            if (start.isEmpty() && end.isEmpty()) {
                throw error(body.line(), body.column(), "custom rule \"" + id + "\": fact forecast-period needs "
                        + "\"startYear\" or \"endYear\", such as \"endYear\": 2032");
            }
            if (start.isPresent() && end.isPresent() && start.getAsInt() >= end.getAsInt()) {
                JsonNodeAt at = keys.get("endYear").value();
                throw error(at.line(), at.column(), "custom rule \"" + id + "\": \"endYear\" " + end.getAsInt()
                        + " must be after \"startYear\" " + start.getAsInt());
            }
            return new ForecastPeriodCondition(start, end);
        }

        /** A rate limit in percentage points: a number, 25 for 25%. */
        private Optional<Limit> rate(String key) throws ConfigException {
            JsonNodeAt.Member member = keys.get(key);
            if (member == null) {
                return Optional.empty();
            }
            JsonNodeAt value = member.value();
            if (value instanceof JsonNodeAt.NumberNode number) {
                return Optional.of(new Limit(number.value().doubleValue(), shown(number.value()) + "%"));
            }
            String written = value instanceof JsonNodeAt.StringNode s ? s.value().strip() : null;
            String instead = written != null && written.matches("-?\\d+(\\.\\d+)?\\s*%")
                    ? " (write " + written.replaceAll("\\s*%", "") + ")" : "";
            throw error(value.line(), value.column(), "custom rule \"" + id + "\": \"" + key + "\" of fact cagr "
                    + "must be a number of percentage points, such as 25, not " + value.typeName() + instead);
        }

        /** A money limit: an amount with its currency, read as figures in reports are ("USD 500 billion"). */
        private Optional<Figure> amount(String key) throws ConfigException {
            JsonNodeAt.Member member = keys.get(key);
            if (member == null) {
                return Optional.empty();
            }
            JsonNodeAt value = member.value();
            String example = "such as \"USD 500 billion\" or \"$1.2 Bn\"";
            if (!(value instanceof JsonNodeAt.StringNode written)) {
                throw error(value.line(), value.column(), "custom rule \"" + id + "\": \"" + key + "\" of fact "
                        + "market-size must be an amount with its currency, " + example + ", not " + value.typeName());
            }
            Optional<Figure> figure = Figure.read(written.value());
            if (figure.isEmpty() || figure.get().kind() != FigureKind.MONEY || figure.get().isRange()) {
                throw error(written.line(), written.column(), "custom rule \"" + id + "\": \"" + key + "\" \""
                        + written.value() + "\" is not one amount with its currency: write it as in \"USD 500 billion\" or \"$1.2 Bn\"");
            }
            return figure;
        }

        private OptionalInt year(String key) throws ConfigException {
            JsonNodeAt.Member member = keys.get(key);
            if (member == null) {
                return OptionalInt.empty();
            }
            JsonNodeAt value = member.value();
            if (value instanceof JsonNodeAt.NumberNode number && number.integral()
                    && number.value().longValue() >= YearRange.EARLIEST_YEAR
                    && number.value().longValue() <= YearRange.LATEST_YEAR) {
                return OptionalInt.of(number.value().intValue());
            }
            throw error(value.line(), value.column(), "custom rule \"" + id + "\": \"" + key + "\" must be a year "
                    + "from " + YearRange.EARLIEST_YEAR + " to " + YearRange.LATEST_YEAR + ", such as 2032, not "
                    + (value instanceof JsonNodeAt.NumberNode n ? shown(n.value()) : value.typeName()));
        }

        private SubjectFilter subjects() throws ConfigException {
            JsonNodeAt.Member member = keys.get("subjects");
            if (member == null) {
                return SubjectFilter.market();
            }
            List<String> names = SubjectFilter.names();
            java.util.Set<Subject.Kind> kinds = new java.util.HashSet<>();
            for (JsonNodeAt.StringNode name : strings(member, id)) {
                Subject.Kind kind = SubjectFilter.kindOf(name.value());
                if (kind == null) {
                    throw error(name.line(), name.column(), "custom rule \"" + id + "\": unknown subject \""
                            + name.value() + "\": use " + String.join(", ", names) + Nearest.hint(name.value(), names));
                }
                kinds.add(kind);
            }
            if (kinds.isEmpty()) {
                JsonNodeAt at = member.value();
                throw error(at.line(), at.column(), "custom rule \"" + id + "\": \"subjects\" is empty: leave it "
                        + "out for the document's market, or name some of " + String.join(", ", names));
            }
            return new SubjectFilter(kinds);
        }

        private void requireALimit(Optional<?> min, Optional<?> max, String fact, String example)
                throws ConfigException {
            if (min.isEmpty() && max.isEmpty()) {
                throw error(body.line(), body.column(), "custom rule \"" + id + "\": fact " + fact
                        + " needs \"min\" or \"max\", such as " + example);
            }
        }

        private void checkOrder(Optional<Limit> min, Optional<Limit> max) throws ConfigException {
            if (min.isPresent() && max.isPresent() && min.get().value() > max.get().value()) {
                JsonNodeAt at = keys.get("min").value();
                throw error(at.line(), at.column(), "custom rule \"" + id + "\": \"min\" " + min.get().shown()
                        + " is above \"max\" " + max.get().shown());
            }
        }

        /** When a key belongs to another fact, says which. */
        private static String otherFact(String key) {
            List<String> owners = FACTS.stream().filter(f -> FACT_KEYS.get(f).contains(key)).toList();
            return owners.isEmpty() ? "" : " (\"" + key + "\" belongs to fact " + String.join(" or ", owners) + ")";
        }

        private static String shown(Number number) {
            double value = number.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : String.valueOf(value);
        }
    }

    /** The id a typo most likely meant: each part kebab-cased, {@code house/} added when there is no namespace. */
    private static String suggestedId(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? "house/" + kebab(id) : kebab(id.substring(0, slash)) + "/" + kebab(id.substring(slash + 1));
    }

    private static String kebab(String id) {
        String cleaned = id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "rule-name" : cleaned;
    }
}
