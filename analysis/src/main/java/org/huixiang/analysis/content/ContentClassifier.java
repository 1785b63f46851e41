package org.huixiang.analysis.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.huixiang.analysis.content.ContentCues.Found;
import org.huixiang.analysis.content.ContentCues.Kind;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Sentiment;

/**
 * Labels what kind of speech a text is. First by its shape: nothing but emoticons, a bare repost
 * chain, a few characters. Then by its cues ({@code content-cues.txt}):
 *
 * <ul>
 *   <li>an appeal tells of a problem, a harm or a gathering, or asks for someone to act, about
 *       something that is not private life — calm words suffice (路灯坏了大半年，已经有老人摔伤了; 没人来修; 第三次停水了);
 *   <li>an incident reports an accident, disaster or crime;
 *   <li>routine: drills, announcements, activities, praise and questions, and public matters with
 *       no problem in them;
 *   <li>an ad sells; chatter is everything else: private life, feelings, hyperbole (辣到爆炸).
 * </ul>
 *
 * Pure: no Flink, and HanLP only through the cue automaton.
 */
public final class ContentClassifier {

    /** Emoticons [泪], @mentions, links and everything that is no letter or digit. */
    private static final Pattern NOISE =
            Pattern.compile(
                    "\\[[^\\[\\]]{1,8}\\]|@[^\\s:：,，。!！?？]{1,30}|https?://\\S+|[^\\p{L}\\p{N}]");

    private static final Pattern EMOTICON = Pattern.compile("\\[[^\\[\\]]{1,8}\\]");

    /** Fewer letters and digits than this, after the noise is gone, is no statement at all. */
    static final int MIN_CHARACTERS = 4;

    private final ContentCues cues = ContentCues.load();

    /**
     * @param repost the text split into the reposter's words and the original
     * @param title the title, or null
     * @param publicMatter true when the analyzer found a policy topic or a unit of the county in
     *     the text: public affairs by the county's own taxonomy
     */
    public Content classify(
            RepostText repost, String title, Sentiment sentiment, boolean publicMatter) {
        String judged =
                title == null || title.isBlank() ? repost.judged() : title + "\n" + repost.judged();
        String letters = NOISE.matcher(judged).replaceAll("");
        if (letters.isEmpty()) {
            if (EMOTICON.matcher(judged).find()) {
                return new Content(ContentLabel.EMOJI_ONLY, List.of("只有表情"));
            }
            return repost.chained()
                    ? new Content(ContentLabel.REPOST_CHAIN, List.of("只有转发链，没有自己的话"))
                    : new Content(ContentLabel.EMPTY, List.of("没有文字"));
        }
        if (letters.codePointCount(0, letters.length()) < MIN_CHARACTERS) {
            return new Content(ContentLabel.EMPTY, List.of("只有「" + letters + "」"));
        }
        Map<Kind, List<Found>> found = cues.find(judged);
        int demand = count(found, Kind.DEMAND);
        int harm = count(found, Kind.HARM);
        int incident = count(found, Kind.INCIDENT);
        int gathering = count(found, Kind.GATHERING);
        int personal = count(found, Kind.PERSONAL);
        boolean isPublic = publicMatter || count(found, Kind.PUBLIC) > 0;
        // 只能, 又坏, 好几个月 say that something is wanting only when the thing is public: in private
        // life they are moods (只能在家躺着)
        int deficiency = isPublic ? count(found, Kind.DEFICIENCY) : 0;
        int problem = count(found, Kind.PROBLEM) + deficiency;
        List<String> publicCues = words("公共事务", found, Kind.PUBLIC);
        if (publicMatter) {
            publicCues = new ArrayList<>(publicCues);
            publicCues.add(0, "公共事务：涉及政策主题或本县单位");
        }

        int issue = problem + harm + gathering;
        if (count(found, Kind.AD) >= 2 && demand + issue == 0) {
            return label(ContentLabel.AD, words("广告", found, Kind.AD));
        }
        if (count(found, Kind.DRILL) > 0) {
            return label(ContentLabel.ROUTINE, words("演练", found, Kind.DRILL));
        }
        if (count(found, Kind.ANNOUNCEMENT) > 0 && demand + harm + gathering + deficiency == 0) {
            return label(ContentLabel.ROUTINE, words("通知公告", found, Kind.ANNOUNCEMENT));
        }
        // a report of the government's own work names the problems it goes after (部署隐患排查整治):
        // several cues of routine work and nothing that anyone suffers or asks
        if (count(found, Kind.ROUTINE) >= 2 && demand + harm + gathering + deficiency == 0) {
            return label(ContentLabel.ROUTINE, words("常规", found, Kind.ROUTINE));
        }
        boolean praise =
                count(found, Kind.ROUTINE) > 0
                        && sentiment.label() == Sentiment.Label.POSITIVE
                        && demand + issue == 0;
        if (praise) {
            return label(ContentLabel.ROUTINE, words("常规", found, Kind.ROUTINE));
        }
        boolean privateLife = personal > 0 && !isPublic;
        // an event told without a problem of someone's making: the collapse, not the missing
        // guardrail that a unit must answer for
        if (incident > 0 && demand + problem == 0 && (isPublic || personal == 0)) {
            List<String> why = new ArrayList<>(words("事件", found, Kind.INCIDENT));
            why.addAll(words("伤害", found, Kind.HARM));
            return label(ContentLabel.INCIDENT, why);
        }
        if (!privateLife && (issue > 0 || demand > 0)) {
            List<String> why = new ArrayList<>();
            why.addAll(words("诉求", found, Kind.DEMAND));
            why.addAll(words("问题", found, Kind.PROBLEM));
            if (deficiency > 0) {
                why.addAll(words("问题", found, Kind.DEFICIENCY));
            }
            why.addAll(words("伤害", found, Kind.HARM));
            why.addAll(words("聚集", found, Kind.GATHERING));
            why.addAll(publicCues);
            return label(ContentLabel.APPEAL, why);
        }
        boolean routine =
                count(found, Kind.ROUTINE)
                                + count(found, Kind.QUESTION)
                                + count(found, Kind.ANNOUNCEMENT)
                        > 0;
        String negation = negation(judged);
        boolean negative = sentiment.label() == Sentiment.Label.NEGATIVE;
        if (isPublic && !routine && (negative || negation != null)) {
            List<String> why = new ArrayList<>(publicCues);
            why.add(
                    negative
                            ? "负面情绪：" + String.join("、", sentiment.cues())
                            : "否定说法：「" + negation + "」");
            return label(ContentLabel.APPEAL, why);
        }
        if (!privateLife
                && (isPublic
                        || count(found, Kind.ROUTINE) > 0
                        || count(found, Kind.QUESTION) > 0)) {
            List<String> why = new ArrayList<>(words("常规", found, Kind.ROUTINE));
            why.addAll(words("咨询", found, Kind.QUESTION));
            why.addAll(publicCues);
            if (why.isEmpty()) {
                why.add("涉及公共事务，没有问题或诉求");
            }
            return label(ContentLabel.ROUTINE, why);
        }
        List<String> why = new ArrayList<>(words("个人生活", found, Kind.PERSONAL));
        why.addAll(words("夸张说法", found, Kind.HYPERBOLE));
        if (why.isEmpty()) {
            why.add("没有涉及公共事务的词");
        }
        return label(ContentLabel.CHATTER, why);
    }

    /**
     * The first negation of the text that is no set phrase of praise or time (不错, 不用, 不久), with the
     * character after it, or null.
     */
    private static String negation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '不' && c != '没' && c != '无' && c != '未') {
                continue;
            }
            String pair = text.substring(i, Math.min(text.length(), i + 2));
            boolean setPhrase =
                    POSITIVE_NEGATIONS.contains(pair)
                            || (i > 0 && POSITIVE_NEGATIONS.contains(text.substring(i - 1, i + 1)));
            if (!setPhrase) {
                return pair;
            }
        }
        return null;
    }

    /** Negations that praise or only tell time and amount: 好吃不贵, 不用再跑, 了不起, 无论. */
    private static final Set<String> POSITIVE_NEGATIONS =
            Set.of(
                    "不错", "不用", "不贵", "不少", "不断", "不仅", "不久", "不愧", "起不", "不到", "不停", "不虚", "不住",
                    "无论", "无数", "无虚", "无限", "无私", "未来", "毫不", "不了", "不同", "不一", "没想", "不动");

    private static Content label(ContentLabel label, List<String> why) {
        return new Content(label, why);
    }

    private static int count(Map<Kind, List<Found>> found, Kind kind) {
        return found.getOrDefault(kind, List.of()).size();
    }

    /** The distinct cue words of a kind, as 「诉求：没人管、投诉」. */
    private static List<String> words(String name, Map<Kind, List<Found>> found, Kind kind) {
        Set<String> words = new LinkedHashSet<>();
        found.getOrDefault(kind, List.of()).forEach(f -> words.add(f.word()));
        return words.isEmpty() ? List.of() : List.of(name + "：" + String.join("、", words));
    }
}
