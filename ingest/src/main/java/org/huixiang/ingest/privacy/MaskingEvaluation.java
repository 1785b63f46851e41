package org.huixiang.ingest.privacy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huixiang.common.privacy.PersonalDataMasker;

/**
 * Precision and recall of the masker on a labelled set: a personal value counts as found when it no
 * longer appears in the masked text; a distractor counts as a false alarm when it was changed.
 *
 * @param recallByKind found / present, per kind of personal data
 */
public record MaskingEvaluation(
        int personal,
        int found,
        int distractors,
        int falseAlarms,
        double precision,
        double recall,
        Map<String, Double> recallByKind) {

    public static MaskingEvaluation of(List<PiiCorpus.Sample> samples) {
        int personal = 0, found = 0, distractors = 0, falseAlarms = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        for (PiiCorpus.Sample sample : samples) {
            String masked = PersonalDataMasker.mask(sample.text()).text();
            for (PiiCorpus.Value v : sample.values()) {
                boolean changed = !masked.contains(v.text());
                if (v.personal()) {
                    personal++;
                    int[] counts = byKind.computeIfAbsent(v.kind(), k -> new int[2]);
                    counts[0]++;
                    if (changed) {
                        found++;
                        counts[1]++;
                    }
                } else {
                    distractors++;
                    falseAlarms += changed ? 1 : 0;
                }
            }
        }
        Map<String, Double> recallByKind = new TreeMap<>();
        byKind.forEach((kind, c) -> recallByKind.put(kind, round((double) c[1] / c[0])));
        return new MaskingEvaluation(
                personal,
                found,
                distractors,
                falseAlarms,
                round(found + falseAlarms == 0 ? 1 : (double) found / (found + falseAlarms)),
                round(personal == 0 ? 1 : (double) found / personal),
                recallByKind);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
