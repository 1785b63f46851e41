package org.huixiang.app.run;

/**
 * What one bounded run did, reconciled: every raw record read is either stored as a document,
 * dead-lettered, or dropped as an exact duplicate; every response command is either applied or
 * dead-lettered with its reason.
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
            double seconds) {
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
                recordsIn == indexed + (dead - commandsRefused - notificationsFailed) + duplicates
                        && commandsRefused <= commandsIn,
                seconds);
    }
}
