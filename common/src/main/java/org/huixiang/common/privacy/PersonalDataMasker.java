package org.huixiang.common.privacy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
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
     * A rule, and what a text must hold for its pattern to match at all: most texts hold no long
     * number and no '@', and a pattern that cannot match still costs a scan with a look-behind at
     * every position.
     */
    private record Rule(
            String kind,
            Pattern pattern,
            Predicate<String> possible,
            Check valid,
            int keepHead,
            int keepTail) {}

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
                            PersonalDataMasker::manyDigits,
                            (digits, before) ->
                                    validIdCard18(digits) || ID_CUE.matcher(before).find(),
                            3,
                            2),
                    new Rule(
                            "bank_card",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])(?:\\d{4}[ -]?){3,4}\\d{1,4}(?![0-9A-Za-z])"),
                            PersonalDataMasker::manyDigits,
                            (digits, before) ->
                                    validBankCard(digits) && !SERIAL_CUE.matcher(before).find(),
                            4,
                            4),
                    new Rule(
                            "id_card",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])"),
                            PersonalDataMasker::manyDigits,
                            (digits, before) -> true,
                            3,
                            2),
                    new Rule(
                            "mobile",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9A-Za-z])"),
                            PersonalDataMasker::manyDigits,
                            (digits, before) -> true,
                            3,
                            4),
                    new Rule(
                            "landline",
                            Pattern.compile(
                                    "(?<![0-9A-Za-z])0\\d{2,3}[ -]?\\d{7,8}(?![0-9A-Za-z])"),
                            PersonalDataMasker::manyDigits,
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
                            text -> text.indexOf('@') >= 0,
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

    public static Masked mask(String text) {
        if (text == null || text.isEmpty()) {
            return new Masked(text, Set.of());
        }
        Set<String> kinds = new TreeSet<>();
        String result = text;
        for (Rule rule : RULES) {
            if (!rule.possible.test(result)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(result);
            StringBuilder out = null;
            while (m.find()) {
                String value = m.group();
                String before = result.substring(Math.max(0, m.start() - 12), m.start());
                if (!rule.valid.test(value.replaceAll("[ +-]", ""), before)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(result.length());
                }
                kinds.add(rule.kind);
                m.appendReplacement(out, Matcher.quoteReplacement(maskValue(value, rule)));
            }
            if (out != null) {
                m.appendTail(out);
                result = out.toString();
            }
        }
        if (!mayNameAHome(result)) {
            return new Masked(result, kinds);
        }
        Matcher home = HOME_ADDRESS.matcher(result);
        StringBuilder out = null;
        while (home.find()) {
            if (out == null) {
                out = new StringBuilder(result.length());
            }
            kinds.add("address");
            String town = home.group(2) == null ? "" : home.group(2);
            home.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            home.group(1)
                                    + town
                                    + "*".repeat(Math.min(6, home.group(3).length()))));
        }
        if (out != null) {
            home.appendTail(out);
            result = out.toString();
        }
        return new Masked(result, kinds);
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

    private static boolean manyDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < FEWEST_DIGITS; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= FEWEST_DIGITS;
    }

    /** GB 11643 check digit over the first 17 digits. */
    static boolean validIdCard18(String id) {
        return Character.toUpperCase(id.charAt(17)) == Checksums.idCardCheck(id);
    }

    static boolean validBankCard(String digits) {
        return digits.length() >= 16 && digits.length() <= 19 && Checksums.luhnValid(digits);
    }
}
