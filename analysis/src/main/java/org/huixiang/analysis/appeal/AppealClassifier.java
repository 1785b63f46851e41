package org.huixiang.analysis.appeal;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.huixiang.analysis.CueFile;
import org.huixiang.common.model.Appeal;
import org.huixiang.common.model.AppealType;

/**
 * Sorts a citizen message into its appeal type (咨询、求助、紧急求助、投诉、举报、建议、表扬) from cue words ({@code
 * appeal-cues.txt}), with the cues that decided as reasons. The citizen's own category wins when it
 * names a type. A writer naming the kind (我要投诉, 实名举报) weighs three cues; praise counts only where
 * nothing is wrong (a complaint that ends 谢谢 is still a complaint); a message with no cue asks for
 * something to be done, so it is 求助.
 */
public final class AppealClassifier {

    /** The weight of the writer naming the kind of appeal: three cues of what such appeals say. */
    private static final int CLAIM = 3;

    /** The sections of the cue file. */
    enum Cue {
        CLAIM_REPORT(AppealType.REPORT, CLAIM),
        CLAIM_COMPLAINT(AppealType.COMPLAINT, CLAIM),
        CLAIM_HELP(AppealType.HELP, CLAIM),
        CLAIM_SUGGESTION(AppealType.SUGGESTION, CLAIM),
        CLAIM_INQUIRY(AppealType.INQUIRY, CLAIM),
        CLAIM_PRAISE(AppealType.PRAISE, CLAIM),
        REPORT(AppealType.REPORT, 1),
        COMPLAINT(AppealType.COMPLAINT, 1),
        HELP(AppealType.HELP, 1),
        URGENT(AppealType.URGENT_HELP, 1),
        SUGGESTION(AppealType.SUGGESTION, 1),
        INQUIRY(AppealType.INQUIRY, 1),
        PRAISE(AppealType.PRAISE, 1);

        final AppealType type;
        final int weight;

        Cue(AppealType type, int weight) {
            this.type = type;
            this.weight = weight;
        }
    }

    /** The types that compete on their scores, in the order that breaks a tie. */
    private static final List<AppealType> RANKED =
            List.of(
                    AppealType.REPORT,
                    AppealType.COMPLAINT,
                    AppealType.HELP,
                    AppealType.SUGGESTION,
                    AppealType.INQUIRY);

    /** A turn after praise (…拍手称赞。但…): what follows is the appeal. */
    private static final Pattern TURN = Pattern.compile("但|可是|然而|却|不过|遗憾");

    /** The most cue words a reason lists. */
    private static final int REASON_WORDS = 3;

    private final AhoCorasickDoubleArrayTrie<Set<Cue>> trie = new AhoCorasickDoubleArrayTrie<>();

    public AppealClassifier() {
        trie.build(CueFile.read(AppealClassifier.class, "appeal-cues.txt", Cue.class));
    }

    /**
     * @param text the message's title and body
     * @param category the category the citizen chose, or null
     */
    public Appeal classify(String text, String category) {
        AppealType chosen = chosenByCitizen(category);
        if (chosen != null) {
            return new Appeal(chosen, true, List.of("the citizen's category '" + category + "'"));
        }
        Map<AppealType, Integer> scores = new EnumMap<>(AppealType.class);
        Map<AppealType, Set<String>> words = new EnumMap<>(AppealType.class);
        Set<AppealType> claimed = EnumSet.noneOf(AppealType.class);
        // where urgent cues end, to count 被困在 once, and where praise first appears
        List<int[]> urgentSpans = new ArrayList<>();
        int[] firstPraise = {-1};
        trie.parseText(
                text,
                (begin, end, cues) -> {
                    for (Cue cue : cues) {
                        if (cue.weight == CLAIM) {
                            claimed.add(cue.type);
                        }
                        if (cue.type == AppealType.URGENT_HELP) {
                            if (urgentSpans.stream().anyMatch(s -> s[0] < end && begin < s[1])) {
                                continue;
                            }
                            urgentSpans.add(new int[] {begin, end});
                        }
                        if (cue.type == AppealType.PRAISE && firstPraise[0] < 0) {
                            firstPraise[0] = begin;
                        }
                        scores.merge(cue.type, cue.weight, Integer::sum);
                        words.computeIfAbsent(cue.type, t -> new LinkedHashSet<>())
                                .add(text.substring(begin, end));
                    }
                });
        // wrongdoing words (违法, 非法) run through complaints too: a report without the word 举报
        // needs two of them
        if (scores.getOrDefault(AppealType.REPORT, 0) < 2) {
            scores.remove(AppealType.REPORT);
        }
        AppealType best = null;
        for (AppealType type : RANKED) {
            if (scores.getOrDefault(type, 0) > (best == null ? 0 : scores.get(best))) {
                best = type;
            }
        }
        boolean wrong =
                scores.containsKey(AppealType.COMPLAINT) || scores.containsKey(AppealType.REPORT);
        // thanks close many requests (望解决，谢谢): praise needs the writer to praise (表扬, 点赞, 锦旗)
        int praise = scores.getOrDefault(AppealType.PRAISE, 0);
        if (!wrong
                && claimed.contains(AppealType.PRAISE)
                && !TURN.matcher(text.substring(firstPraise[0])).find()
                && praise >= (best == null ? 0 : scores.get(best))) {
            return decided(AppealType.PRAISE, words);
        }
        // urgent words also tell of past harm (a fire last year, compensation still unpaid)
        int urgent = scores.getOrDefault(AppealType.URGENT_HELP, 0);
        if (!wrong && (urgent >= 2 || (urgent == 1 && claimed.contains(AppealType.HELP)))) {
            return decided(AppealType.URGENT_HELP, words);
        }
        if (best == null) {
            return new Appeal(
                    AppealType.HELP, false, List.of("no cue of a kind: a request to act, 求助"));
        }
        return decided(best, words);
    }

    private static Appeal decided(AppealType type, Map<AppealType, Set<String>> words) {
        List<String> cues = new ArrayList<>(words.getOrDefault(type, Set.of()));
        return new Appeal(
                type,
                false,
                List.of(
                        type.chinese()
                                + ": "
                                + String.join(
                                        "、",
                                        cues.subList(0, Math.min(REASON_WORDS, cues.size())))));
    }

    /** The type a citizen's category names (投诉类, 咨询, 感谢信 …), or null. */
    static AppealType chosenByCitizen(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        if (category.contains("紧急")) {
            return AppealType.URGENT_HELP;
        }
        if (category.contains("感谢")) {
            return AppealType.PRAISE;
        }
        for (AppealType type : AppealType.values()) {
            if (category.contains(type.chinese())) {
                return type;
            }
        }
        return null;
    }
}
