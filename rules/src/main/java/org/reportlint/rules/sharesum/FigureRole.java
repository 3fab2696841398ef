package org.reportlint.rules.sharesum;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.FigureKind;

/**
 * What a percentage says about its part, read from the words of its own clause: a share of a whole, a restatement of
 * several parts together, or anything else (a growth rate, a change, a share of a population).
 *
 * <p>Only the clause matters: in "North America held 38%, growing at 5% a year" the first figure is a share and the
 * second is not.
 */
enum FigureRole {
    /** A share of a whole: {@code North America: 38%}, {@code held 46% of the market}. */
    SHARE,
    /** Several parts stated together: {@code a combined 55%}, {@code Total 100%}. */
    RESTATEMENT,
    /** A rate, a change, a share of a population or anything else that is not a part's share. */
    OTHER;

    private static final int BEFORE = 60;
    private static final int AFTER = 40;
    /** Where a clause starts: the words before it belong to another part. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:(\\[|\u2013\u2014]|\\s-\\s|\\b(?:and|while|whereas|but|whilst)\\b");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:cagrs?|grow\\w*|grew|ris(?:e|es|ing)"
            + "|rose|increas\\w*|declin\\w*|decreas\\w*|drop\\w*|fell|fall\\w*|gain\\w*|los[st]\\w*|expand\\w*"
            + "|surg\\w*|jump\\w*|climb\\w*|soar\\w*|slid\\w*|shr[iu]nk\\w*|contract\\w*|chang\\w*|rates?"
            + "|margins?|yoy|y-o-y|annual\\w*|penetration|efficiency|accuracy|purity|discount\\w*|tax\\w*|interest"
            + "|returns?|roi|probability|chance|likelihood|confidence|reduc\\w*|improv\\w*|boost\\w*|cut"
            + "|doubl\\w*|tripl\\w*|utili[sz]ation|occupancy|yield|humidity|concentration"
            + "|content|moisture|stake|owns?|owned|acquir\\w*|odds)\\b[^%]*$");
    /** Words that make a figure a change or a comparison only right before it: "up 8%", "from 35%", "than 20%". */
    private static final Pattern CHANGE_RIGHT_BEFORE = Pattern.compile("(?i)(?:\\b(?:by|from|than|vs\\.?|versus"
            + "|compared\\s+(?:to|with)|(?<!(?:made|make|makes|making)\\s)up|down|up\\s+to|up\\s+by|down\\s+by)"
            + "|%\\s*to)\\s+"
            + "(?:(?:about|around|nearly|almost|over|roughly|approximately|some|just|only)\\s+)?$");
    /** A label of a rate before a colon or bracket, which ends the clause: "CAGR (2024-2030): 6%", "Growth: 4%". */
    private static final Pattern CHANGE_LABEL = Pattern.compile("(?i)\\b(?:cagr|grow\\w*|growth|rates?|chang\\w*"
            + "|increas\\w*|declin\\w*|y-?o-?y)\\b[^,;.%]{0,24}[:(][^,;%:(]{0,16}$");
    private static final Pattern CHANGE_AFTER = Pattern.compile("(?i)^\\s*(?:cagr|growth|annual\\w*|increas\\w*"
            + "|rise|decline|decreas\\w*|drop|higher|lower|more|less|fewer|faster|slower|larger|smaller|bigger"
            + "|year[- ]on[- ]year|year[- ]over[- ]year|y-?o-?y|per\\s+(?:year|annum)|a\\s+year|annually|points?"
            + "|margin|off\\b|discount|interest|efficien\\w*|pur(?:e|ity)|accura\\w*|chance|probability|rate"
            + "|penetration|stake|owned|of\\s+(?:gdp|respondents|those|consumers|customers|companies|businesses"
            + "|firms|organi[sz]ations|enterprises|users|people|adults|households|patients|participants|surveyed"
            + "|buyers|manufacturers|executives|retailers|hospitals|the\\s+population|the\\s+time|its|their|his"
            + "|her|all\\s+(?:respondents|companies|firms|users)))\\b");
    private static final Pattern RESTATEMENT_BEFORE = Pattern.compile("(?i)\\b(?:combined|together|collectively"
            + "|altogether|jointly|cumulative\\w*|aggregate\\w*|in\\s+total|a\\s+total|total\\w*|overall|sum"
            + "|top\\s+(?:\\w+\\s+)?(?:players|companies|vendors|manufacturers|firms|brands|suppliers))\\b[^%]*$");
    private static final Pattern RESTATEMENT_AFTER = Pattern.compile(
            "(?i)^\\s*(?:combined|together|collectively|altogether|jointly|in\\s+total)\\b");

    /** The role of {@code figure}, read from its block text; a percentage outside 0-100 is never a share. */
    static FigureRole of(Figure figure) {
        if (figure.kind() != FigureKind.PERCENT) {
            return OTHER;
        }
        return of(figure, figure.sentence() == null ? 0 : figure.sentence().start());
    }

    /**
     * The role of a figure whose clause cannot start before {@code from}; also used for bare numbers in a column
     * headed as percentages.
     */
    static FigureRole of(Figure figure, int from) {
        String text = figure.block().text();
        if (figure.low() < 0 || figure.high() > 100 || signedChange(text, figure.start())) {
            return OTHER;
        }
        String before = clauseBefore(text, Math.max(from, figure.start() - BEFORE), figure.start());
        String after = text.substring(figure.end(), Math.min(text.length(), figure.end() + AFTER));
        if (RESTATEMENT_BEFORE.matcher(before).find() || RESTATEMENT_AFTER.matcher(after).find()) {
            return RESTATEMENT;
        }
        String lead = text.substring(Math.max(from, figure.start() - 50), figure.start());
        if (CHANGE_BEFORE.matcher(before).find() || CHANGE_RIGHT_BEFORE.matcher(lead).find()
                || CHANGE_LABEL.matcher(lead).find()
                || CHANGE_AFTER.matcher(after).find()) {
            return OTHER;
        }
        return SHARE;
    }

    /** A figure written with its sign, {@code +5%} or {@code -3%}, is a change. */
    private static boolean signedChange(String text, int start) {
        return start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '\u00b1');
    }

    private static String clauseBefore(String text, int from, int to) {
        String window = text.substring(from, to);
        Matcher m = CLAUSE_BREAK.matcher(window);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return window.substring(start);
    }
}
