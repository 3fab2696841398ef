package org.reportlint.core.shard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a run split across machines: shard {@code index} of {@code count}, both 1-based as users write them
 * ({@code --shard 2/3}).
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("invalid shard " + index + "/" + count + " (need 1 <= K <= N)");
        }
    }

    /**
     * The shard {@code K/N} names.
     *
     * @throws IllegalArgumentException with a one-line message when it is not two whole numbers with 1 <= K <= N
     */
    public static Shard parse(String value) {
        Matcher matcher = FORM.matcher(value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("invalid --shard \"" + value + "\" (use K/N with 1 <= K <= N, e.g. 2/3)");
        }
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("invalid --shard \"" + value + "\" (use K/N with 1 <= K <= N, e.g. 2/3)");
        }
        return new Shard(index, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
