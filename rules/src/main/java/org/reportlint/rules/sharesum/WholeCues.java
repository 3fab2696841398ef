package org.reportlint.rules.sharesum;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell whether figures are shares of one whole: that they are shares at all, and what makes several
 * of them shares of different wholes (a survey's answers, a sub-part, two years, two measures, two segmentations).
 */
final class WholeCues {
    private static final Pattern SHARE = Pattern.compile("(?i)\\b(?:shares?|accounts?\\s+for|accounted\\s+for"
            + "|accounting\\s+for|held|holds?|holding|captur\\w*|command\\w*|represent\\w*|made\\s+up|makes?\\s+up"
            + "|making\\s+up|comprise\\w*|contribut\\w*|constitut\\w*|breakdown|split\\s+(?:by|among|between|into)"
            + "|divided\\s+(?:among|between|into))\\b"
            + "|\\bof\\s+(?:the\\s+)?(?:global\\s+|total\\s+|overall\\s+|worldwide\\s+)?(?:market|revenues?|sales"
            + "|demand|consumption|volume|shipments|installations|production|spending)\\b");
    /** How a lead-in announces a breakdown of the market into parts: "by region", "segmented as follows". */
    private static final Pattern BREAKDOWN = Pattern.compile("(?i)\\b(?:by\\s+(?:region|geography|type|product"
            + "|application|end[- ]?use\\w*|component|technology|channel|deployment|segment)|segment(?:ed|ation)"
            + "|breakdown|split|distribution\\s+by|composition|as\\s+follows)\\b");
    /** Answers of a survey, where several may be given, and shares of a population rather than of a market. */
    private static final Pattern SURVEY = Pattern.compile("(?i)\\b(?:survey\\w*|respondents?|polled|interviewed"
            + "|questioned|cite[sd]?|citing|say|said|says|agree\\w*|prefer\\w*|plan(?:s|ned)?\\s+to|intend\\w*"
            + "|multiple\\s+(?:answers|responses|choices)|more\\s+than\\s+one\\s+(?:answer|response|option))\\b");
    /** A part inside a part already counted, or a comparison of one part with itself. */
    private static final Pattern SUB_PART = Pattern.compile("(?i)\\b(?:of\\s+which|of\\s+this|of\\s+that"
            + "|of\\s+these|includ\\w*|among\\s+(?:which|them|these)|within|led\\s+by|alone|in\\s+particular"
            + "|particularly|notably|such\\s+as|e\\.g\\.|i\\.e\\.|mainly|mostly|primarily|largely|especially"
            + "|chiefly|driven\\s+by|thanks\\s+to|sub-?segments?|compared\\s+(?:to|with)|versus|vs\\.?"
            + "|(?:higher|lower|greater|larger|smaller|bigger)\\s+than|each)\\b");
    private static final Pattern VALUE = Pattern.compile(
            "(?i)\\b(?:revenues?|value|sales|spending|turnover|income|dollar|usd|earnings)\\b");
    private static final Pattern VOLUME = Pattern.compile("(?i)\\b(?:volumes?|units?|shipments?|tons?|tonnes?"
            + "|capacity|installations?|deliveries|consumption|production|output|users|subscribers|fleet)\\b");
    /** Names of the ways a market is divided; two in one group are two wholes side by side. */
    private static final Pattern DIMENSION = Pattern.compile("(?i)\\b(?:by\\s+)?(type|application|end[- ]?use"
            + "|end[- ]?users?|products?|components?|technolog(?:y|ies)|channels?|deployment|verticals?"
            + "|industr(?:y|ies)|regions?|regional|geograph(?:y|ies)|materials?|sources?|grades?|forms?"
            + "|organi[sz]ation\\s+size|players|compan(?:y|ies)|vendors|manufacturers)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.,\\-\u2013])(?:19|20)\\d{2}(?![\\d%])(?!\\s?[-\u2013\u2014/]\\s?(?:19|20)?\\d{2})");
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)^\\W*(?:grand\\s+)?(?:total|overall|sum|all"
            + "(?:\\s+\\w+)?|global|world(?:wide)?|market\\s+total|combined|100\\s*%)\\b|\\b(?:combined|together"
            + "|collectively|altogether|in\\s+total|sub-?total|top\\s+(?:\\d+|two|three|four|five|ten))\\b");
    /** What a share is said to be of, right after it: "of the global market", "of revenue", "market share". */
    private static final Pattern WHOLE_AFTER = Pattern.compile("(?i)^\\s*(?:market\\s+|revenue\\s+|volume\\s+)?"
            + "(?:shares?\\s+)?(?:(?:of|in)\\s+(?:the\\s+)?)([\\p{L}'\u2019\\- ]{2,40}?)(?=\\s*(?:[,;.)]|$)|\\s+(?:in"
            + "|by|and|while|with|during|for|at|as|owing|due|on|from|through|over|across|thanks|because)\\b)");
    private static final Pattern WHOLE_NOISE = Pattern.compile(
            "(?i)\\b(?:global|total|overall|worldwide|entire|whole|world|combined|the|its|their)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private WholeCues() {
    }

    /** Whether the text says its figures are shares. */
    static boolean saysShare(String text) {
        return SHARE.matcher(text).find();
    }

    /** Whether a lead-in announces that the market is divided into the parts that follow. */
    static boolean announcesBreakdown(String text) {
        return BREAKDOWN.matcher(text).find();
    }

    /** Whether the text reads as answers to a survey or shares of a population. */
    static boolean isSurvey(String text) {
        return SURVEY.matcher(text).find();
    }

    /** Whether the text puts a part inside another part or compares a part with something else. */
    static boolean hasSubPart(String text) {
        return SUB_PART.matcher(text).find();
    }

    /** Whether the text speaks of a measure of value and of a measure of quantity: revenue shares and unit shares. */
    static boolean mixesMeasures(String text) {
        return VALUE.matcher(text).find() && VOLUME.matcher(text).find();
    }

    /** Whether the text names two different ways of dividing the market (by type and by application). */
    static boolean mixesDimensions(String text) {
        Set<String> seen = new HashSet<>();
        Matcher m = DIMENSION.matcher(text);
        while (m.find()) {
            seen.add(dimension(m.group(1)));
        }
        return seen.size() > 1;
    }

    private static String dimension(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("region") || w.startsWith("geograph")) {
            return "region";
        }
        if (w.startsWith("end")) {
            return "end use";
        }
        if (w.startsWith("compan") || w.equals("players") || w.equals("vendors") || w.equals("manufacturers")) {
            return "company";
        }
        if (w.startsWith("technolog")) {
            return "technology";
        }
        if (w.startsWith("industr")) {
            return "industry";
        }
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** The different single years named in the text; a year range such as {@code 2024-2030} is not counted. */
    static Set<String> years(String text) {
        Set<String> years = new HashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group());
        }
        return years;
    }

    /** Whether a part's label names the whole or several parts together: {@code Total}, {@code Global}. */
    static boolean isTotalLabel(String label) {
        return TOTAL_LABEL.matcher(label).find();
    }

    /**
     * What the share ending at {@code end} of {@code text} is said to be of, normalised: {@code market} for "of the
     * global market" or "of market revenue"-like measures of value, {@code volume} for measures of quantity, else the
     * words themselves; empty when nothing is said.
     */
    static String wholeAfter(String text, int end) {
        Matcher m = WHOLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!m.find()) {
            return "";
        }
        String words = m.group(1).toLowerCase(Locale.ROOT);
        if (words.contains("'") || words.contains("\u2019") || words.matches("(?:its|their|this|that|these)\\b.*")) {
            return "other: " + words.strip();
        }
        String plain = SPACES.matcher(WHOLE_NOISE.matcher(words).replaceAll(" ")).replaceAll(" ").strip();
        if (plain.isEmpty() || plain.matches("(?:.* )?(?:market|industry|share)")
                || VALUE.matcher(plain).matches()) {
            return "market";
        }
        if (VOLUME.matcher(plain).matches()) {
            return "volume";
        }
        return plain;
    }
}
