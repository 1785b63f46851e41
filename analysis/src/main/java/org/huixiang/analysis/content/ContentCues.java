package org.huixiang.analysis.content;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.huixiang.analysis.CueFile;

/**
 * The cue words of {@code content-cues.txt}, found in a text in one pass. A word may be a cue of
 * several kinds (领导 is public, 领导又 personal); hyperbole (辣到爆炸, 气死) hides the cues it overlaps, a
 * question hides the demands inside it (怎么办理 asks, 怎么办 despairs), a negation or prevention just
 * before a harm (暂无人员伤亡, 防溺水) hides the harm, and a notice said to be missing (一点通知都没有, 也不通知) is no
 * notice.
 */
final class ContentCues {

    /** The kinds of cue, one section of the file each. */
    enum Kind {
        DEMAND,
        PROBLEM,
        DEFICIENCY,
        HARM,
        INCIDENT,
        GATHERING,
        ROUTINE,
        ANNOUNCEMENT,
        DRILL,
        QUESTION,
        AD,
        PERSONAL,
        HYPERBOLE,
        PUBLIC
    }

    /** A cue found in a text. */
    record Found(int begin, int end, String word, Kind kind) {}

    private static final String FILE = "content-cues.txt";
    private static final List<String> NEGATIONS =
            List.of("无", "没有", "没", "未", "暂无", "未造成", "并无", "预防", "防止", "防范", "谨防", "严防");

    private final AhoCorasickDoubleArrayTrie<Set<Kind>> trie = new AhoCorasickDoubleArrayTrie<>();

    private ContentCues(TreeMap<String, Set<Kind>> words) {
        trie.build(words);
    }

    static ContentCues load() {
        return new ContentCues(CueFile.read(ContentCues.class, FILE, Kind.class));
    }

    /** The cues of {@code text}, by kind, in order of appearance. */
    Map<Kind, List<Found>> find(String text) {
        List<Found> all = new ArrayList<>();
        trie.parseText(
                text,
                (b, e, kinds) -> {
                    for (Kind kind : kinds) {
                        all.add(new Found(b, e, text.substring(b, e), kind));
                    }
                });
        List<Found> hyperbole = all.stream().filter(f -> f.kind() == Kind.HYPERBOLE).toList();
        List<Found> questions = all.stream().filter(f -> f.kind() == Kind.QUESTION).toList();
        Map<Kind, List<Found>> byKind = new EnumMap<>(Kind.class);
        for (Found f : all) {
            boolean hidden =
                    f.kind() != Kind.HYPERBOLE
                            && f.kind() != Kind.PERSONAL
                            && hyperbole.stream().anyMatch(h -> overlap(h, f));
            boolean asked =
                    f.kind() == Kind.DEMAND
                            && questions.stream()
                                    .anyMatch(q -> q.begin() <= f.begin() && f.end() <= q.end());
            if (hidden
                    || asked
                    || (f.kind() == Kind.HARM && negated(text, f.begin()))
                    || (f.kind() == Kind.ANNOUNCEMENT && missing(text, f))) {
                continue;
            }
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        return byKind;
    }

    private static boolean overlap(Found a, Found b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    /** True when the text says the notice was not given: 没有通知, 不通知, 通知都没有, 通知也没发. */
    private static boolean missing(String text, Found notice) {
        String before = text.substring(Math.max(0, notice.begin() - 2), notice.begin());
        String after = text.substring(notice.end(), Math.min(text.length(), notice.end() + 3));
        return before.contains("没")
                || before.contains("不")
                || before.contains("无")
                || after.startsWith("都没")
                || after.startsWith("也没")
                || after.startsWith("都不")
                || after.startsWith("也不")
                || after.startsWith("没");
    }

    /**
     * True when a negation or prevention ends within a few characters before {@code at}: 暂无人员伤亡,
     * 没有人受伤, 预防食物中毒; or 防 stands right before it (防溺水), which 消防 never does.
     */
    private static boolean negated(String text, int at) {
        String before = text.substring(Math.max(0, at - 5), at);
        return NEGATIONS.stream().anyMatch(before::contains)
                || (at > 0 && text.charAt(at - 1) == '防');
    }
}
