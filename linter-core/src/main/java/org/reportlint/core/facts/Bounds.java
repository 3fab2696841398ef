package org.reportlint.core.facts;

/**
 * The values a printed figure can stand for, as a reader takes it: {@code 15%} is anything that rounds to 15
 * (14.5-15.5), {@code around 20%} is 19-21, {@code over 10%} is just above 10 (10-11), {@code 5-7%} is 4.5-7.5.
 *
 * <p>Two statements of one figure agree when their bounds meet. "Just above" and "just under" reach a tenth of the
 * value (at least one unit of the last printed digit), and "around" a twentieth either way (at least what the printing
 * allows): a reader who is told "over 10%" and later "14.6%" has been told two things.
 *
 * @param low the lowest value the figure stands for, in the figure's base units (a percentage in points, money in
 *     currency units)
 * @param high the highest
 */
public record Bounds(double low, double high) {
    /** How far "over" and "nearly" reach, as a share of the value. */
    private static final double QUALIFIER_REACH = 0.1;
    /** How far "around" reaches either way, as a share of the value. */
    private static final double AROUND_REACH = 0.05;

    /** What {@code figure}, qualified by {@code qualifier}, stands for. */
    public static Bounds of(Figure figure, RateQualifier qualifier) {
        double factor = figure.magnitude().factor();
        double digit = figure.lastDigit();
        double half = digit / 2;
        double low = figure.low();
        double high = figure.high();
        double around = Math.max(half, AROUND_REACH * Math.abs(figure.value()));
        double reach = Math.max(digit, QUALIFIER_REACH * Math.abs(figure.value()));
        Bounds printed = switch (qualifier) {
            case NONE, RANGE -> new Bounds(low - half, high + half);
            case ABOUT -> new Bounds(low - around, high + around);
            case OVER -> new Bounds(high, high + reach);
            case AT_LEAST -> new Bounds(high, Double.POSITIVE_INFINITY);
            case NEARLY, UNDER -> new Bounds(low - reach, low);
            case UP_TO -> new Bounds(Double.NEGATIVE_INFINITY, low);
        };
        return printed.times(factor);
    }

    /** These bounds multiplied by {@code factor}. */
    public Bounds times(double factor) {
        return new Bounds(low * factor, high * factor);
    }

    /** Whether a value could lie within both. */
    public boolean meets(Bounds other) {
        return low <= other.high && other.low <= high;
    }

    /** How far apart the two are; 0 when they meet. */
    public double gap(Bounds other) {
        return Math.max(0, Math.max(low - other.high, other.low - high));
    }

    /** The middle, for a single number to report; an open end gives the closed one. */
    public double middle() {
        if (Double.isInfinite(low)) {
            return high;
        }
        return Double.isInfinite(high) ? low : (low + high) / 2;
    }

    /** Half the width: how far the middle may be from the true value. */
    public double halfWidth() {
        return Double.isInfinite(low) || Double.isInfinite(high) ? Double.POSITIVE_INFINITY : (high - low) / 2;
    }
}
