package org.huixiang.analysis.severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huixiang.common.seeds.SeverityPolicy.Evidence;

/**
 * Finds what a text counts: the dead, injured and trapped, the people of a gathering, the people
 * evacuated — 造成3人死亡, 死亡3人, 3死5伤, 几十户村民围在镇政府门口, 紧急转移群众2000余人. A harm without a number (多名乘客受伤
 * counts as 2) is counted at the least it can mean.
 *
 * <p>A count in a sentence that sums up years or a whole country (近3年来全国…造成3898人死亡,
 * 至今患癌和死亡总人数达50多人) is a statistic, not an event, and counts nothing.
 */
public final class CountedEvidence {

    /** One count found, with the words it was read from. */
    public record Count(Evidence evidence, long count, String words) {}

    private static final String NUMBER =
            "(\\d+(?:\\.\\d+)?万?|成百上千|成千上万|[上近成]?[百千万]|[零〇一二两三四五六七八九十百千万几数]+|多)";

    /** 余, 多, 万 after the number; no unit of time, age, money or size (2019年, 3岁, 5公里). */
    private static final String MORE = "(?:余|多|来)?万?(?![年月日号时点岁元块米里天分秒%度斤亩倍楼层])";

    /** The measure a count of people takes: without one, 千 of 千辛万苦 and 百 of 百姓 would count. */
    private static final String MEASURE = "(?:名|人|位|户|个|口|家|具)";

    /**
     * What marks a sentence as a statistic: a span of years, a whole territory, a running total.
     */
    private static final Pattern STATISTIC =
            Pattern.compile("近[\\d一二三四五六七八九十几两]+年|多年来|历年|每年|年均|累计|总人数|总数|全国|全省|全球|据.{0,10}统计|数据显示");

    private static final String SENTENCE_ENDS = "。！？!?；;\n";

    private static final Map<Evidence, String> VERBS = new EnumMap<>(Evidence.class);

    static {
        VERBS.put(Evidence.DEATHS, "死亡|遇难|身亡|丧生|罹难|失踪|溺亡|殒命|不幸去世|下落不明");
        VERBS.put(Evidence.INJURIES, "受伤|重伤|轻伤|烧伤|砸伤|烫伤|咬伤|骨折|中毒|送医|住院");
        VERBS.put(Evidence.TRAPPED, "被困|被埋|困在|埋压");
        VERBS.put(Evidence.GATHERING, "聚集|围堵|围在|围住|堵在|聚在|上访|静坐|拉横幅|讨薪|抗议|堵路|堵门");
        VERBS.put(Evidence.EVACUATED, "疏散|转移|撤离|安置");
    }

    /**
     * The verbs of each kind one by one: a text that holds none of them is not scanned with the
     * kind's patterns, which most texts would make try a number at every character.
     */
    private static final Map<Evidence, List<String>> VERB_WORDS = new EnumMap<>(Evidence.class);

    private static final Map<Evidence, Pattern> BEFORE = new EnumMap<>(Evidence.class);
    private static final Map<Evidence, Pattern> AFTER = new EnumMap<>(Evidence.class);

    /** 3死5伤, 1死2伤. */
    private static final Pattern DEAD_AND_HURT = Pattern.compile(NUMBER + "人?死" + NUMBER + "人?伤");

    static {
        String anyVerb = String.join("|", VERBS.values());
        for (Map.Entry<Evidence, String> verbs : VERBS.entrySet()) {
            VERB_WORDS.put(verbs.getKey(), List.of(verbs.getValue().split("\\|")));
            // a count, then at most four characters naming who (名工人, 户村民), then the verb
            BEFORE.put(
                    verbs.getKey(),
                    Pattern.compile(
                            NUMBER
                                    + MORE
                                    + MEASURE
                                    + "\\p{IsHan}{0,4}?被?(?:"
                                    + verbs.getValue()
                                    + ")"));
            // the verb, at most four characters, then the count and its measure: 转移群众2000余人;
            // not a count that a verb of its own follows (3人死亡12人受伤: the 12 are the injured)
            AFTER.put(
                    verbs.getKey(),
                    Pattern.compile(
                            "(?:"
                                    + verbs.getValue()
                                    + ")\\p{IsHan}{0,4}?"
                                    + NUMBER
                                    + MORE
                                    + "(?:名|人|位|户)(?!\\p{IsHan}{0,4}?(?:"
                                    + anyVerb
                                    + "))"));
        }
    }

    private CountedEvidence() {}

    /** The largest count of each kind of evidence the text gives. */
    public static Map<Evidence, Count> in(String text) {
        Map<Evidence, Count> best = new EnumMap<>(Evidence.class);
        for (Evidence evidence : Evidence.values()) {
            if (VERB_WORDS.get(evidence).stream().noneMatch(text::contains)) {
                continue;
            }
            for (Pattern pattern : List.of(BEFORE.get(evidence), AFTER.get(evidence))) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (!statistic(text, m.start(), m.end())) {
                        offer(best, evidence, m.group(1), m.group());
                    }
                }
            }
        }
        if (text.indexOf('死') < 0 || text.indexOf('伤') < 0) {
            return best;
        }
        Matcher m = DEAD_AND_HURT.matcher(text);
        while (m.find()) {
            if (!statistic(text, m.start(), m.end())) {
                offer(best, Evidence.DEATHS, m.group(1), m.group());
                offer(best, Evidence.INJURIES, m.group(2), m.group());
            }
        }
        return best;
    }

    /** True when the sentence around {@code [begin, end)} is a statistic. */
    private static boolean statistic(String text, int begin, int end) {
        int from = begin;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int until = end;
        while (until < text.length() && SENTENCE_ENDS.indexOf(text.charAt(until)) < 0) {
            until++;
        }
        return STATISTIC.matcher(text.substring(from, until)).find();
    }

    private static void offer(
            Map<Evidence, Count> best, Evidence evidence, String number, String words) {
        long count = number.equals("多") ? 2 : ChineseNumbers.atLeast(number);
        if (count <= 0) {
            return;
        }
        Count current = best.get(evidence);
        if (current == null || count > current.count()) {
            best.put(evidence, new Count(evidence, count, words));
        }
    }
}
