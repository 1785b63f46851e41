package org.huixiang.cases.reply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a unit's reply to a citizen before 办结: is anything said beyond greetings, thanks and stock
 * phrases (已收悉, 已转…核处, 正在处理中), and does it speak of what was asked? A flag is a prompt to look, not
 * a verdict: a good reply may use other words than the message.
 */
public final class ReplyQuality {

    /** What the check found. */
    public enum Verdict {
        OK,
        /** No reply, or a few characters. */
        EMPTY,
        /**
         * Only greetings, thanks, dates and stock phrases: acknowledges or forwards, answers
         * nothing.
         */
        BOILERPLATE,
        /** Says something, but shares almost no words with the message. */
        UNRELATED
    }

    /**
     * @param contentChars Chinese characters left once greetings and stock phrases are removed
     * @param sharedWords two-character words the reply's content shares with the message
     * @param reason the verdict in words
     */
    public record Check(Verdict verdict, int contentChars, int sharedWords, String reason) {
        public boolean flagged() {
            return verdict != Verdict.OK;
        }
    }

    /** Fewer Chinese characters than this is no reply at all. */
    private static final int EMPTY_BELOW = 4;

    /** Fewer characters of content than this (a clause) answers nothing. */
    private static final int CONTENT_BELOW = 12;

    /** Fewer shared words than this is a reply about something else. */
    private static final int SHARED_BELOW = 2;

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** Stock phrases of acknowledging and forwarding, and the courtesies around them. */
    private static final List<Pattern> STOCK =
            List.of(
                            // what the citizen sent
                            "(您|你)(所)?(反映|反应|提出|提|咨询)(的|之)(问题|情况|建议|事项|内容|意见)",
                            "(您|你)(的|提出的)(宝贵)?(留言|来信|来电|来邮|诉求|建议|意见)",
                            "帖文中?(反映|提出)的问题",
                            // received, forwarded, being handled
                            "(已|已经)?收悉",
                            "(我办|我局|我们|我单位|我队)?(已|已经)(转交?|交|批转|转办|转给|转至|转达|汇报给?|由)"
                                    + "[^。！!，,]{0,20}?(调查|核查|核处|核实|办理|处理|办复|答复|研究|处置|领导|部门|单位|反馈)"
                                    + "(处理|核处|办理|反馈)?",
                            "正在(处理|调查|核实|办理)中?",
                            "我们将(尽快|及时)[^。！!]{0,15}",
                            "高度重视",
                            "已作出批示",
                            "交由相关单位办理",
                            "相关(部门|单位|领导)",
                            "请(您|你)?(耐心)?等待",
                            "敬请(留意|关注)[^。！!]{0,12}(回复|答复)",
                            "办理(情况|结果)[^。！!]{0,16}(回复|答复)",
                            "现将?(有关)?情况?回复如下[：:]?",
                            "现回复如下[：:]?",
                            // greetings, thanks, dates, the signature
                            "网友[：:，,]?",
                            "[“\"]?UU\\d+[”\"]?[：:，,]?",
                            "来信同志[：:，,]?",
                            "尊敬的[^，。！!：:]{0,10}[：:，,]",
                            "(您|你)好[！!，,。]?",
                            "感谢[^。！!]{0,40}[。！!]?",
                            "谢谢[^。！!]{0,20}[。！!]?",
                            "祝(您|你)?[^。！!]{0,20}[。！!]?",
                            "欢迎[^。！!]{0,30}监督[。！!]?",
                            "\\d{4}年\\d{1,2}月\\d{1,2}日",
                            "[\\u4e00-\\u9fffA-Z0-9]{1,12}(办|局|委|政府|办公室|中心|处|所)\\s*$")
                    .stream()
                    .map(Pattern::compile)
                    .toList();

    /** Two-character words every exchange has: sharing them says nothing. */
    private static final Set<String> COMMON =
            Set.of(
                    "您好", "你好", "问题", "反映", "部门", "相关", "工作", "情况", "我们", "进行", "已经", "处理", "办理",
                    "感谢", "关注", "支持", "调查", "核实", "答复", "留言", "网友");

    public Check check(String message, String reply) {
        String text = reply == null ? "" : reply.strip();
        if (chinese(text) < EMPTY_BELOW) {
            return new Check(Verdict.EMPTY, 0, 0, "no reply to speak of");
        }
        String content = text;
        for (Pattern stock : STOCK) {
            content = stock.matcher(content).replaceAll("");
        }
        int chars = chinese(content);
        if (chars < CONTENT_BELOW) {
            return new Check(
                    Verdict.BOILERPLATE,
                    chars,
                    0,
                    "only acknowledges or forwards (已收悉, 已转…); nothing is answered");
        }
        Set<String> shared = words(message);
        shared.retainAll(words(content));
        if (shared.size() < SHARED_BELOW) {
            return new Check(
                    Verdict.UNRELATED,
                    chars,
                    shared.size(),
                    "shares almost no words with the message " + shared);
        }
        return new Check(
                Verdict.OK, chars, shared.size(), "speaks of " + shared.size() + " of its words");
    }

    private static int chinese(String text) {
        return (int) CJK.matcher(text).results().count();
    }

    /**
     * The two-character words (bigrams of Chinese characters) of a text, the common ones left out.
     */
    private static Set<String> words(String text) {
        StringBuilder chinese = new StringBuilder();
        CJK.matcher(text == null ? "" : text).results().forEach(m -> chinese.append(m.group()));
        Set<String> words = new HashSet<>();
        for (int i = 0; i + 1 < chinese.length(); i++) {
            words.add(chinese.substring(i, i + 2));
        }
        words.removeAll(COMMON);
        return words;
    }
}
