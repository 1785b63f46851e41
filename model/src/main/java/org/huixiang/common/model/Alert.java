package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an alert. Only the alerting stage writes alerts; every change (a new contributing
 * document, a unit's command, a reminder, a missed deadline) produces the next revision. The
 * Elasticsearch copy uses the revision as its external version, so an older revision never
 * overwrites a newer one.
 *
 * @param kind why the alert exists: one document, a fast-growing event, a surge, or an escalation
 * @param why the rules that fired and the terms that matched, in words a person reads
 * @param rulesFired the ids of the rules from {@code seeds/rules.yaml} that fired, first one first
 * @param documents the contributing documents, the first and the latest ones when there are many
 * @param documentCount how many documents contributed in all
 * @param parentId for an escalation (超期督办), the alert that missed its deadline; else null
 * @param assignedAt when the current lead unit received the alert: the opening, or the last 改派;
 *     deadlines count from here
 * @param progress when the units acted and which deadlines were missed
 * @param history every lifecycle change, oldest first
 */
public record Alert(
        String id,
        long revision,
        AlertKind kind,
        RiskLevel level,
        String title,
        List<String> why,
        List<String> rulesFired,
        List<String> matchedTerms,
        List<String> topics,
        List<AlertDocument> documents,
        int documentCount,
        String eventId,
        String firstSource,
        int similarCount,
        SentimentMix sentimentMix,
        String region,
        String leadUnit,
        List<String> responsibleUnits,
        String parentId,
        Instant openedAt,
        Instant assignedAt,
        Deadlines deadlines,
        AlertState state,
        AlertProgress progress,
        AlertResponse response,
        List<AlertChange> history,
        Instant updatedAt)
        implements Serializable {

    /** True when {@code unit} leads or shares responsibility for this alert. */
    public boolean concerns(String unit) {
        return unit != null && (unit.equals(leadUnit) || responsibleUnits.contains(unit));
    }

    /**
     * The first revision of a new alert, opened at {@code at}: open, nothing done, no deadlines
     * yet, its history one "opened" change noting {@code note}. The builder sets the rest.
     */
    public static Builder opening(
            String id, AlertKind kind, RiskLevel level, String title, Instant at, String note) {
        return new Builder(
                new Alert(
                        id,
                        1,
                        kind,
                        level,
                        title,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        0,
                        null,
                        null,
                        0,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        at,
                        at,
                        new Deadlines(null, null, null, null),
                        AlertState.OPEN,
                        AlertProgress.NONE,
                        null,
                        List.of(new AlertChange(1, at, "opened", null, null, note, null)),
                        at));
    }

    /**
     * A builder that starts from this revision; {@link Builder#build()} keeps every other field.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few fields of a revision without repeating the other twenty. */
    public static final class Builder {
        private String id;
        private long revision;
        private AlertKind kind;
        private RiskLevel level;
        private String title;
        private List<String> why;
        private List<String> rulesFired;
        private List<String> matchedTerms;
        private List<String> topics;
        private List<AlertDocument> documents;
        private int documentCount;
        private String eventId;
        private String firstSource;
        private int similarCount;
        private SentimentMix sentimentMix;
        private String region;
        private String leadUnit;
        private List<String> responsibleUnits;
        private String parentId;
        private Instant openedAt;
        private Instant assignedAt;
        private Deadlines deadlines;
        private AlertState state;
        private AlertProgress progress;
        private AlertResponse response;
        private List<AlertChange> history;
        private Instant updatedAt;

        private Builder(Alert a) {
            id = a.id;
            revision = a.revision;
            kind = a.kind;
            level = a.level;
            title = a.title;
            why = a.why;
            rulesFired = a.rulesFired;
            matchedTerms = a.matchedTerms;
            topics = a.topics;
            documents = a.documents;
            documentCount = a.documentCount;
            eventId = a.eventId;
            firstSource = a.firstSource;
            similarCount = a.similarCount;
            sentimentMix = a.sentimentMix;
            region = a.region;
            leadUnit = a.leadUnit;
            responsibleUnits = a.responsibleUnits;
            parentId = a.parentId;
            openedAt = a.openedAt;
            assignedAt = a.assignedAt;
            deadlines = a.deadlines;
            state = a.state;
            progress = a.progress;
            response = a.response;
            history = a.history;
            updatedAt = a.updatedAt;
        }

        public Builder level(RiskLevel value) {
            level = value;
            return this;
        }

        public Builder why(List<String> value) {
            why = List.copyOf(value);
            return this;
        }

        public Builder rulesFired(List<String> value) {
            rulesFired = List.copyOf(value);
            return this;
        }

        public Builder matchedTerms(List<String> value) {
            matchedTerms = List.copyOf(value);
            return this;
        }

        public Builder topics(List<String> value) {
            topics = List.copyOf(value);
            return this;
        }

        public Builder documents(List<AlertDocument> value, int count) {
            documents = List.copyOf(value);
            documentCount = count;
            return this;
        }

        /**
         * The event of near-duplicates the alert follows, and the source that reported it first.
         */
        public Builder event(String id, String source) {
            eventId = id;
            firstSource = source;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        /** For an escalation (超期督办): the alert that missed its deadline. */
        public Builder parent(String id) {
            parentId = id;
            return this;
        }

        public Builder similarCount(int value) {
            similarCount = value;
            return this;
        }

        public Builder sentimentMix(SentimentMix value) {
            sentimentMix = value;
            return this;
        }

        public Builder units(String lead, List<String> responsible) {
            leadUnit = lead;
            responsibleUnits = List.copyOf(responsible);
            return this;
        }

        public Builder assigned(Instant at, Deadlines value) {
            assignedAt = at;
            deadlines = value;
            return this;
        }

        public Builder deadlines(Deadlines value) {
            deadlines = value;
            return this;
        }

        public Builder state(AlertState value) {
            state = value;
            return this;
        }

        public Builder progress(AlertProgress value) {
            progress = value;
            return this;
        }

        public Builder response(AlertResponse value) {
            response = value;
            return this;
        }

        /**
         * The next revision at {@code at}, with {@code change} appended to the history when not
         * null.
         */
        public Builder next(Instant at, AlertChange change) {
            revision = revision + 1;
            updatedAt = at;
            if (change != null) {
                List<AlertChange> all = new java.util.ArrayList<>(history);
                all.add(change.withRevision(revision));
                history = List.copyOf(all);
            }
            return this;
        }

        public Alert build() {
            return new Alert(
                    id,
                    revision,
                    kind,
                    level,
                    title,
                    why,
                    rulesFired,
                    matchedTerms,
                    topics,
                    documents,
                    documentCount,
                    eventId,
                    firstSource,
                    similarCount,
                    sentimentMix,
                    region,
                    leadUnit,
                    responsibleUnits,
                    parentId,
                    openedAt,
                    assignedAt,
                    deadlines,
                    state,
                    progress,
                    response,
                    history,
                    updatedAt);
        }
    }
}
