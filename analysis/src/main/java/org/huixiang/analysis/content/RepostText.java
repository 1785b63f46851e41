package org.huixiang.analysis.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a repost that count: the reposter's own words and the earliest words of the chain
 * (closest to the original), once. A Weibo repost carries every earlier reposter's comment after a
 * {@code //@name:} marker; judged on the whole chain, one alarming original reposted a hundred
 * times would be a hundred alarming posts, and "转发微博" a hundred times an event.
 *
 * @param own the reposter's own words, without reply markers; empty for a bare repost
 * @param original the earliest non-empty words of the chain; empty when none
 * @param chained true when the text is a repost chain at all
 */
public record RepostText(String own, String original, boolean chained) {

    /** {@code //@name:} or {@code //@name：} — a link of the chain; the name ends at the colon. */
    private static final Pattern LINK = Pattern.compile("//\\s*@[^:：\\s]{1,30}\\s*[:：]?");

    /** 回复@name: — a reply inside a comment, not words of its own. */
    private static final Pattern REPLY = Pattern.compile("回复\\s*@[^:：\\s]{1,30}\\s*[:：]");

    /** What platforms write when the reposter wrote nothing. */
    private static final Pattern BOILERPLATE =
            Pattern.compile("^(转发微博|轉發微博|转发|Repost|repost|分享图片|分享视频)[。.!！]*$");

    public static RepostText of(String text) {
        if (text == null) {
            return new RepostText("", "", false);
        }
        Matcher link = LINK.matcher(text);
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (link.find()) {
            parts.add(text.substring(from, link.start()));
            from = link.end();
        }
        parts.add(text.substring(from));
        if (parts.size() == 1) {
            return new RepostText(clean(text), "", false);
        }
        String original = "";
        for (int i = parts.size() - 1; i >= 1; i--) {
            String words = clean(parts.get(i));
            if (!words.isEmpty()) {
                original = words;
                break;
            }
        }
        return new RepostText(clean(parts.get(0)), original, true);
    }

    /** The text to judge: own words, then the original once, on a line of its own. */
    public String judged() {
        if (own.isEmpty()) {
            return original;
        }
        if (original.isEmpty() || original.equals(own)) {
            return own;
        }
        return own + "\n" + original;
    }

    private static String clean(String part) {
        String words = REPLY.matcher(part).replaceAll("").strip();
        return BOILERPLATE.matcher(words).matches() ? "" : words;
    }
}
