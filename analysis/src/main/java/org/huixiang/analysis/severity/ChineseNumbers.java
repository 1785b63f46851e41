package org.huixiang.analysis.severity;

/**
 * Reads the counts people write — 3, 2000余, 1.2万, 三十, 两千, 十几, 几十, 数百, 上千 — as the smallest number
 * they can mean: 十几 is 11, 几十 and 数十 are 20, 上百 is 100, 近百 90. A level is only raised by what the
 * text certainly says.
 */
public final class ChineseNumbers {

    private ChineseNumbers() {}

    /** The smallest number {@code written} can mean, or -1 when it is no number. */
    public static long atLeast(String written) {
        String s = written.strip();
        if (s.isEmpty()) {
            return -1;
        }
        switch (s) {
            case "上百", "成百", "成百上千", "百余" -> {
                return 100;
            }
            case "近百" -> {
                return 90;
            }
            case "上千", "千余", "成千", "成千上万" -> {
                return 1000;
            }
            case "近千" -> {
                return 900;
            }
            case "上万", "万余" -> {
                return 10_000;
            }
            default -> {}
        }
        if (Character.isDigit(s.charAt(0))) {
            return arabic(s);
        }
        return han(s);
    }

    private static long arabic(String s) {
        boolean tenThousands = s.endsWith("万");
        String digits = tenThousands ? s.substring(0, s.length() - 1) : s;
        try {
            double value = Double.parseDouble(digits);
            return (long) Math.floor(tenThousands ? value * 10_000 : value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long han(String s) {
        long total = 0;
        long section = 0;
        long digit = -1;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int value = digitOf(c);
            if (value >= 0) {
                digit = value;
                any = true;
                continue;
            }
            if (c == '几' || c == '数') {
                // 几十 is at least twenty; 十几 at least eleven
                digit = section == 0 && total == 0 ? 2 : 1;
                any = true;
                continue;
            }
            int unit =
                    switch (c) {
                        case '十' -> 10;
                        case '百' -> 100;
                        case '千' -> 1000;
                        default -> 0;
                    };
            if (unit > 0) {
                section += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                any = true;
            } else if (c == '万') {
                total += (section + Math.max(digit, 0)) * 10_000;
                section = 0;
                digit = -1;
                any = true;
            } else {
                return -1;
            }
        }
        return any ? total + section + Math.max(digit, 0) : -1;
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
