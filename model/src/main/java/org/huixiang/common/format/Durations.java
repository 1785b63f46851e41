package org.huixiang.common.format;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations written in seed and config files: {@code 30m}, {@code 5h}, {@code 2d} or
 * ISO-8601 {@code PT5H}.
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private Durations() {}

    /**
     * @throws IllegalArgumentException when the text is neither form, with an example of each
     */
    public static Duration parse(String text) {
        String value = text.trim();
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration; write e.g. 30m, 5h, 2d or PT5H");
        }
    }
}
