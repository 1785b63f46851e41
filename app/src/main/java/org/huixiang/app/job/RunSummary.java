package org.huixiang.app.job;

/**
 * What one bounded run did, reconciled: every record read is either stored as a document,
 * dead-lettered, or dropped as an exact duplicate.
 *
 * @param recordsIn raw records in the run's offset range
 * @param documentsIndexed documents of this run searchable in Elasticsearch
 * @param deadLettered records appended to the dead-letter topic during the run
 * @param duplicatesDropped exact duplicates dropped by ingest
 * @param alertsRaised alert revisions published on the alerts topic during the run
 */
public record RunSummary(
        long recordsIn,
        long documentsIndexed,
        long deadLettered,
        long duplicatesDropped,
        long alertsRaised,
        boolean reconciled,
        double seconds) {

    public static RunSummary of(
            long recordsIn, long indexed, long dead, long duplicates, long alerts, double seconds) {
        return new RunSummary(
                recordsIn,
                indexed,
                dead,
                duplicates,
                alerts,
                recordsIn == indexed + dead + duplicates,
                seconds);
    }
}
