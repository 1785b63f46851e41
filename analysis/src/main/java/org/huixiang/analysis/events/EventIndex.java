package org.huixiang.analysis.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DocumentEvent;

/**
 * Groups near-duplicate documents into events: a document whose fingerprint is within {@link
 * #MAX_DISTANCE} bits of a member of an event seen inside the window joins that event; otherwise it
 * starts a new one, named after itself. The event keeps its first document's source and time and
 * counts its members.
 *
 * <p>Lookup uses four 16-bit bands: two fingerprints within 3 bits share at least one band exactly,
 * so only documents in the same band buckets are compared. Plain mutable Java; the Flink stage
 * keeps one instance in keyed state and saves it through {@link #entries()}.
 */
public final class EventIndex {

    public static final int MAX_DISTANCE = 3;
    private static final int BANDS = 4;

    /** One remembered document and the event it belongs to. */
    public record Entry(long fingerprint, Instant seenAt, DocumentEvent event) {}

    private final Duration window;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private final Map<String, DocumentEvent> events = new HashMap<>();

    public EventIndex(Duration window) {
        this.window = window;
    }

    /** Rebuilds an index from saved entries. */
    public static EventIndex restore(Duration window, List<Entry> saved) {
        EventIndex index = new EventIndex(window);
        for (Entry entry : saved) {
            index.remember(entry);
            index.events.merge(
                    entry.event().id(),
                    entry.event(),
                    (a, b) -> a.similarCount() >= b.similarCount() ? a : b);
        }
        return index;
    }

    /**
     * The document with the event it joins, when it is about public affairs; chatter, ads,
     * emoticons and bare reposts join none and come back as they are, so that a hundred "[赞]" are
     * no event.
     */
    public AnalyzedDocument join(AnalyzedDocument doc) {
        if (!doc.analysis().aboutPublicAffairs()) {
            return doc;
        }
        DocumentEvent event =
                assign(
                        Long.parseUnsignedLong(doc.analysis().simhash(), 16),
                        doc.document().id(),
                        doc.document().source(),
                        doc.document().publishedAt());
        return new AnalyzedDocument(doc.document(), doc.analysis().withEvent(event));
    }

    /** Assigns a document to an event and remembers it; {@code at} is the document's time. */
    public DocumentEvent assign(long fingerprint, String documentId, String source, Instant at) {
        expire(at);
        Entry nearest = null;
        for (int band = 0; band < BANDS; band++) {
            for (Entry candidate : buckets.getOrDefault(bucket(fingerprint, band), List.of())) {
                int d = SimHash.distance(fingerprint, candidate.fingerprint());
                if (d <= MAX_DISTANCE
                        && (nearest == null
                                || d < SimHash.distance(fingerprint, nearest.fingerprint()))) {
                    nearest = candidate;
                }
            }
        }
        DocumentEvent event;
        if (nearest == null) {
            event = new DocumentEvent(documentId, source, at, 0);
        } else {
            DocumentEvent current = events.get(nearest.event().id());
            // 首发 is the earliest published, which need not be the first to arrive (a repost
            // crawled before the original); the event keeps its id, the key of its alert
            boolean earlier = at.isBefore(current.firstSeen());
            event =
                    new DocumentEvent(
                            current.id(),
                            earlier ? source : current.firstSource(),
                            earlier ? at : current.firstSeen(),
                            current.similarCount() + 1);
        }
        events.put(event.id(), event);
        remember(new Entry(fingerprint, at, event));
        return event;
    }

    /** What to save to restore this index. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    private void remember(Entry entry) {
        entries.add(entry);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bucket(entry.fingerprint(), band), k -> new ArrayList<>())
                    .add(entry);
        }
    }

    /** Forgets documents older than the window before {@code now} (event time). */
    private void expire(Instant now) {
        Instant cutoff = now.minus(window);
        if (entries.isEmpty() || !entries.get(0).seenAt().isBefore(cutoff)) {
            return;
        }
        List<Entry> kept =
                new ArrayList<>(
                        entries.stream().filter(e -> !e.seenAt().isBefore(cutoff)).toList());
        entries.clear();
        buckets.clear();
        kept.forEach(this::remember);
        events.keySet().retainAll(kept.stream().map(e -> e.event().id()).toList());
    }

    private static long bucket(long fingerprint, int band) {
        return ((long) band << 16) | ((fingerprint >>> (band * 16)) & 0xffff);
    }
}
