package org.huixiang.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code String.format("%.2f", x)} for the reasons the analyzer writes on every document, at a
 * fraction of its cost (the Formatter parses the pattern on each call): the same digits, rounding
 * half up on the shortest decimal form of the double, and the sign of a negative value that rounds
 * to zero.
 */
final class Decimals {

    private Decimals() {}

    static String twoPlaces(double x) {
        String digits =
                new BigDecimal(Double.toString(Math.abs(x)))
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString();
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        return negative ? "-" + digits : digits;
    }
}
