package org.huixiang.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The time from a document's Kafka append to the first alert revision naming it, split by why the
 * revision named it.
 *
 * <p>An alert's opening revision names its event's documents so far (one alert per event,
 * docs/alerting.md): the newest opened it; the earlier ones fired no rule themselves and waited, by
 * the rules' design, for their event to grow or for a later document to fire one — up to the whole
 * steady phase. That wait is the rules', not the pipeline's, so the latency target counts what a
 * document's own arrival caused: the opening document, and every document first named in a later
 * revision (it joined an open alert and was held at most a second). The earlier members are kept
 * apart, to be reported beside it.
 *
 * <p>Called from the observer's thread while the result is read from another: synchronized.
 */
final class AlertNamings {

    private final Map<String, Long> sentAt;
    private final Set<String> named = new HashSet<>();
    private final List<Long> caused = new ArrayList<>();
    private final List<Long> atOpening = new ArrayList<>();

    /**
     * @param sentAt the append time (epoch ms) of every document measured; others are ignored
     */
    AlertNamings(Map<String, Long> sentAt) {
        this.sentAt = sentAt;
    }

    /** One revision seen at {@code now} (epoch ms), naming {@code documentIds}. */
    synchronized void observe(long revision, List<String> documentIds, long now) {
        String opener = revision == 1 ? newest(documentIds) : null;
        for (String id : documentIds) {
            Long sent = sentAt.get(id);
            if (sent != null && named.add(id)) {
                (opener == null || opener.equals(id) ? caused : atOpening).add(now - sent);
            }
        }
    }

    /** Documents named by a revision their own arrival caused: the latency target's samples. */
    synchronized Latencies caused() {
        return Latencies.of(caused, 0);
    }

    /** Earlier members of an event, first named when its alert opened. */
    synchronized Latencies namedAtOpening() {
        return Latencies.of(atOpening, 0);
    }

    private String newest(List<String> documentIds) {
        String newest = null;
        long newestSent = Long.MIN_VALUE;
        for (String id : documentIds) {
            Long sent = sentAt.get(id);
            if (sent != null && sent > newestSent) {
                newest = id;
                newestSent = sent;
            }
        }
        return newest;
    }
}
