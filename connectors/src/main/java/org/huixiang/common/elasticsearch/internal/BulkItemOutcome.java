package org.huixiang.common.elasticsearch.internal;

/**
 * What the sink does with one item of a bulk response. The policy is per item: one bad document
 * must neither block its batch nor be retried forever.
 */
public enum BulkItemOutcome {
    /** 2xx: stored. */
    WRITTEN,
    /** 409 on a create or an external version: an equal or newer copy is already stored. */
    ALREADY_WRITTEN,
    /** Other 4xx: the document itself is wrong; retrying cannot help, so it is dead-lettered. */
    REJECTED,
    /** 409 on a plain index, 429 and 5xx: transient; retried with backoff. */
    RETRY,
    /** 401/403: the sink is misconfigured; failing the job is the only honest answer. */
    FATAL;

    public static BulkItemOutcome classify(int status, boolean conflictMeansWritten) {
        if (status >= 200 && status < 300) {
            return WRITTEN;
        }
        if (status == 409) {
            return conflictMeansWritten ? ALREADY_WRITTEN : RETRY;
        }
        if (status == 401 || status == 403) {
            return FATAL;
        }
        if (status == 429 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
