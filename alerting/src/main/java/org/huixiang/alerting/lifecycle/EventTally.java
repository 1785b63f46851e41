package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.SentimentMix;

/**
 * What an alert's key has seen of its documents, alert or not: how many, when (for event growth),
 * their sentiment mix, topics and matched terms, and the first and latest few to show.
 *
 * @param recent the times of the documents within the event rules' horizon
 * @param documents the first document and the latest ones, at most {@link #SHOWN}
 */
public record EventTally(
        String firstSource,
        int count,
        List<Instant> recent,
        SentimentMix sentimentMix,
        List<AlertDocument> documents,
        List<String> topics,
        List<String> terms,
        Instant lastSeen)
        implements Serializable {

    /** How many documents an alert shows: the first and the latest. */
    public static final int SHOWN = 20;

    private static final int MAX_TERMS = 30;

    public static EventTally start(String firstSource) {
        return new EventTally(
                firstSource,
                0,
                List.of(),
                SentimentMix.NONE,
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    /** This tally with one more document seen at {@code at}. */
    public EventTally plus(
            AlertDocument document,
            Sentiment.Label sentiment,
            List<String> documentTopics,
            List<String> documentTerms,
            Instant at,
            Duration horizon) {
        List<Instant> times = new ArrayList<>();
        for (Instant t : recent) {
            if (t.isAfter(at.minus(horizon))) {
                times.add(t);
            }
        }
        times.add(at);
        List<AlertDocument> shown = new ArrayList<>(documents);
        if (shown.stream().noneMatch(d -> d.id().equals(document.id()))) {
            shown.add(document);
            if (shown.size() > SHOWN) {
                shown.remove(1);
            }
        }
        return new EventTally(
                firstSource,
                count + 1,
                List.copyOf(times),
                sentiment == null ? sentimentMix : sentimentMix.plus(sentiment),
                List.copyOf(shown),
                union(topics, documentTopics),
                union(terms, documentTerms),
                lastSeen == null || at.isAfter(lastSeen) ? at : lastSeen);
    }

    /** This tally with another 首发: the event found an earlier published document. */
    public EventTally withFirstSource(String source) {
        return source.equals(firstSource)
                ? this
                : new EventTally(
                        source, count, recent, sentimentMix, documents, topics, terms, lastSeen);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        for (String s : b) {
            if (all.size() >= MAX_TERMS) {
                break;
            }
            all.add(s);
        }
        return List.copyOf(all);
    }
}
