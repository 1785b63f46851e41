package org.huixiang.app.run;

/**
 * What one bounded run did, reconciled: every raw record read is either stored as a document,
 * dead-lettered, or dropped as an exact duplicate; every stored citizen message opened its case, or
 * was dead-lettered for a calendar year that is missing; every response command is either applied
 * or dead-lettered with its reason.
 *
 * @param recordsIn raw records in the run's offset range
 * @param documentsIndexed documents of this run searchable in Elasticsearch
 * @param deadLettered records appended to the dead-letter topic during the run, commands included
 * @param duplicatesDropped exact duplicates dropped by ingest
 * @param alertsRaised new alerts (first revisions), escalations included
 * @param alertRevisions alert revisions published on the alerts topic during the run
 * @param commandsIn response commands in the run's offset range
 * @param commandsRefused commands dead-lettered as malformed or illegal
 * @param notificationsFailed webhook deliveries dead-lettered after their last attempt
 * @param messagesIn citizen messages that reached the case stage (stored messages)
 * @param casesOpened cases opened from them; the rest are dead letters {@code calendar_missing}
 */
public record RunSummary(
        long recordsIn,
        long documentsIndexed,
        long deadLettered,
        long duplicatesDropped,
        long alertsRaised,
        long alertRevisions,
        long commandsIn,
        long commandsRefused,
        long notificationsFailed,
        long messagesIn,
        long casesOpened,
        boolean reconciled,
        double seconds) {

    public static RunSummary of(
            long recordsIn,
            long indexed,
            long dead,
            long duplicates,
            long alerts,
            long revisions,
            long commandsIn,
            long commandsRefused,
            long notificationsFailed,
            long messagesIn,
            long casesOpened,
            double seconds) {
        // a message without its case is a dead letter beside its stored document
        long withoutCase = messagesIn - casesOpened;
        return new RunSummary(
                recordsIn,
                indexed,
                dead,
                duplicates,
                alerts,
                revisions,
                commandsIn,
                commandsRefused,
                notificationsFailed,
                messagesIn,
                casesOpened,
                recordsIn
                                == indexed
                                        + (dead
                                                - commandsRefused
                                                - notificationsFailed
                                                - withoutCase)
                                        + duplicates
                        && commandsRefused <= commandsIn
                        && casesOpened <= messagesIn,
                seconds);
    }
}
