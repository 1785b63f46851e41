package org.huixiang.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huixiang.common.model.TextSignals;

/**
 * Takes links out of a normalized text and collects @mentions, #话题# hashtags and [emoticons]. Links
 * say nothing a reader needs in the text and disturb segmentation; mentions, hashtags and emoticons
 * stay in the text because they are part of what was said.
 */
public final class TextSignalExtractor {

    /** The text without links, and what was found. */
    public record Extracted(String text, TextSignals signals) {}

    private static final Pattern URL =
            Pattern.compile("https?://[\\w./?=&%#:+~@!$,;*'()\\[\\]-]+", Pattern.CASE_INSENSITIVE);
    // an @ right after a letter or digit belongs to an e-mail address, not a mention
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}.*_-])@([\\p{L}\\p{N}_-]{1,30})");
    private static final Pattern HASHTAG = Pattern.compile("#([^#\\s]{1,40})#");
    private static final Pattern EMOTICON = Pattern.compile("\\[[^\\[\\]\\s]{1,8}]");

    private TextSignalExtractor() {}

    public static Extracted extract(String text) {
        if (text == null || text.isEmpty()) {
            return new Extracted(text, TextSignals.NONE);
        }
        List<String> urls = text.contains("://") ? all(URL, text, 0) : List.of();
        String withoutUrls =
                urls.isEmpty()
                        ? text
                        : URL.matcher(text).replaceAll("").replaceAll(" {2,}", " ").strip();
        return new Extracted(
                withoutUrls,
                new TextSignals(
                        urls,
                        all(MENTION, '@', withoutUrls, 1),
                        all(HASHTAG, '#', withoutUrls, 1),
                        all(EMOTICON, '[', withoutUrls, 0)));
    }

    /**
     * Every match of a pattern that holds {@code mark}; most texts hold none, and a scan costs a
     * match attempt at every position (the mention's look-behind among them).
     */
    private static List<String> all(Pattern pattern, char mark, String text, int group) {
        return text.indexOf(mark) < 0 ? List.of() : all(pattern, text, group);
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return List.copyOf(new ArrayList<>(found));
    }
}
