package org.huixiang.common.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks citizens' personal data in free text: ID card numbers (18-digit with checksum, 15-digit
 * with a valid date), bank card numbers (Luhn), mobile and landline numbers, e-mail addresses, and
 * home addresses where the text says they are someone's (家住…, 住址：…): the town stays, the village,
 * street and house number go.
 *
 * <p>Masks keep a little of the value (138****5678) so a person can still tell two numbers apart on
 * screen, the usual practice in Chinese government systems. Order matters: the longest, most
 * specific patterns run first, so an ID card number is never half-masked as a phone number.
 */
public final class PersonalDataMasker {

    /** The masked text and the kinds of personal data found in it. */
    public record Masked(String text, Set<String> kinds) {}

    /** Decides whether a match is personal data, given its digits and the text just before it. */
    private interface Check {
        boolean test(String digits, String before);
    }

    /**
     * A rule, and where in a text its pattern can match at all ({@code regions}: start and end
     * pairs): most texts hold no long number and no '@', and a pattern scanned over a whole text
     * costs a look-behind at every position.
     */
    private record Rule(
            String kind,
            Pattern pattern,
            Function<String, int[]> regions,
            Check valid,
            int keepHead,
            int keepTail) {}

    private static final int[] NOWHERE = {};

    /**
     * The fewest ASCII digits ({@code \d}) any number pattern below matches: a landline's 0, two
     * digits of area code and seven of number.
     */
    private static final int FEWEST_DIGITS = 10;

    /**
     * Words that announce an ID card number, so even a mistyped one (bad check digit) is masked.
     */
    private static final Pattern ID_CUE = Pattern.compile("身份证|证件号|公民身份号码");

    /**
     * A number right after these words is an order or serial number, not a card, even when it
     * happens to pass the Luhn check (one in ten random numbers does).
     */
    private static final Pattern SERIAL_CUE = Pattern.compile("(?:订单号|单号|流水号|编号|工单号|订单)[:：]?\\s*$");

    private static final List<Rule> RULES =
            List.of(
                    new Rule(
                            "id_card",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])"),
                            PersonalDataMasker::numberRuns,
                            (digits, before) ->
                                    validIdCard18(digits) || ID_CUE.matcher(before).find(),
                            3,
                            2),
                    new Rule(
                            "bank_card",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])(?:\\d{4}[ -]?){3,4}\\d{1,4}(?![0-9A-Za-z])"),
                            PersonalDataMasker::numberRuns,
                            (digits, before) ->
                                    validBankCard(digits) && !SERIAL_CUE.matcher(before).find(),
                            4,
                            4),
                    new Rule(
                            "id_card",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])"),
                            PersonalDataMasker::numberRuns,
                            (digits, before) -> true,
                            3,
                            2),
                    new Rule(
                            "mobile",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9A-Za-z])"),
                            PersonalDataMasker::numberRuns,
                            (digits, before) -> true,
                            3,
                            4),
                    new Rule(
                            "landline",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])0\\d{2,3}[ -]?\\d{7,8}(?![0-9A-Za-z])"),
                            PersonalDataMasker::numberRuns,
                            (digits, before) -> true,
                            4,
                            2),
                    new Rule(
                            "email",
                            // anchored at the start of a run and bounded: an unbounded local part
                            // backtracked over every start of a long run of letters (a
                            // 100,000-letter
                            // token took 90 s)
                            Pattern.compile(
                                    "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}(?![A-Za-z])"),
                            text -> text.indexOf('@') >= 0 ? new int[] {0, text.length()} : NOWHERE,
                            (digits, before) -> true,
                            1,
                            0));

    /**
     * A home address: a cue that it is a person's, then up to the house, room or group number. The
     * town (镇/乡/街道) before the detail is kept: it routes the message, and alone it names no one.
     */
    private static final Pattern HOME_ADDRESS =
            Pattern.compile(
                    "(家住|住址[:：是]?|家庭住址[:：是]?|住在|我家在|地址是)\\s*"
                            + "([\\p{IsHan}A-Za-z0-9\\-－]{0,12}?(?:镇|乡|街道))?"
                            + "([\\p{IsHan}A-Za-z0-9\\-－]{1,30}(?:号|组|室|栋|幢|单元|户|楼))");

    private PersonalDataMasker() {}

    /**
     * Whether {@link #HOME_ADDRESS} can match: each of its cues (家住, 住址, 家庭住址, 住在, 我家在, 地址是) holds
     * 住, 家在 or 地址. Most texts hold none, and the scan is the masker's most expensive.
     */
    private static boolean mayNameAHome(String text) {
        return text.indexOf('住') >= 0 || text.contains("家在") || text.contains("地址");
    }

    /**
     * Whether a {@link #HOME_ADDRESS} cue may start with {@code c}: every match starts with one.
     */
    private static boolean mayStartACue(char c) {
        return c == '家' || c == '住' || c == '我' || c == '地';
    }

    public static Masked mask(String text) {
        if (text == null || text.isEmpty()) {
            return new Masked(text, Set.of());
        }
        Set<String> kinds = new TreeSet<>();
        String result = text;
        for (Rule rule : RULES) {
            result = apply(rule, result, kinds);
        }
        if (mayNameAHome(result)) {
            result = maskHomes(result, kinds);
        }
        return new Masked(result, kinds);
    }

    /**
     * One rule over the rule's regions of the text, each scanned as a whole text would be: the
     * look-arounds see past a region's bounds, and a match cannot cross one (a region holds every
     * character its matches can be made of).
     */
    private static String apply(Rule rule, String text, Set<String> kinds) {
        int[] regions = rule.regions().apply(text);
        if (regions.length == 0) {
            return text;
        }
        Matcher m = rule.pattern.matcher(text).useTransparentBounds(true);
        StringBuilder out = null;
        int copied = 0;
        for (int r = 0; r < regions.length; r += 2) {
            m.region(regions[r], regions[r + 1]);
            while (m.find()) {
                String value = m.group();
                String before = text.substring(Math.max(0, m.start() - 12), m.start());
                if (!rule.valid.test(value.replaceAll("[ +-]", ""), before)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                kinds.add(rule.kind);
                out.append(text, copied, m.start()).append(maskValue(value, rule));
                copied = m.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * {@link #HOME_ADDRESS} tried where a cue may start, as a scan of the whole text would find it:
     * the first match from the left, the next from where it ended.
     */
    private static String maskHomes(String text, Set<String> kinds) {
        Matcher home = HOME_ADDRESS.matcher(text).useTransparentBounds(true);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!mayStartACue(text.charAt(i))) {
                continue;
            }
            home.region(i, text.length());
            if (!home.lookingAt()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            kinds.add("address");
            String town = home.group(2) == null ? "" : home.group(2);
            out.append(text, copied, i)
                    .append(home.group(1))
                    .append(town)
                    .append("*".repeat(Math.min(6, home.group(3).length())));
            copied = home.end();
            i = copied - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays so a reply can still address the citizen. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return trimmed.substring(0, first) + "*".repeat(Math.max(rest, 1));
    }

    private static String maskValue(String value, Rule rule) {
        if (rule.kind.equals("email")) {
            int at = value.indexOf('@');
            return value.charAt(0) + "***" + value.substring(at);
        }
        String digits = value.replaceAll("[ +-]", "");
        if (rule.kind.equals("mobile") && digits.length() > 11) {
            digits = digits.substring(digits.length() - 11);
        }
        int stars = Math.max(digits.length() - rule.keepHead - rule.keepTail, 1);
        return digits.substring(0, rule.keepHead)
                + "*".repeat(stars)
                + digits.substring(digits.length() - rule.keepTail);
    }

    /**
     * The runs of characters the number patterns are made of (ASCII digits, spaces, '+', '-', X)
     * that hold at least {@link #FEWEST_DIGITS} digits, as start and end pairs: every match of a
     * number pattern lies inside one.
     */
    private static int[] numberRuns(String text) {
        int[] runs = NOWHERE;
        int found = 0;
        int i = 0;
        while (i < text.length()) {
            if (!inNumber(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            for (; i < text.length() && inNumber(text.charAt(i)); i++) {
                if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    digits++;
                }
            }
            if (digits >= FEWEST_DIGITS) {
                if (found == runs.length) {
                    runs = Arrays.copyOf(runs, Math.max(4, 2 * runs.length));
                }
                runs[found++] = start;
                runs[found++] = i;
            }
        }
        return found == runs.length ? runs : Arrays.copyOf(runs, found);
    }

    private static boolean inNumber(char c) {
        return (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '+' || c == 'X' || c == 'x';
    }

    /** GB 11643 check digit over the first 17 digits. */
    static boolean validIdCard18(String id) {
        return Character.toUpperCase(id.charAt(17)) == Checksums.idCardCheck(id);
    }

    static boolean validBankCard(String digits) {
        return digits.length() >= 16 && digits.length() <= 19 && Checksums.luhnValid(digits);
    }
}
