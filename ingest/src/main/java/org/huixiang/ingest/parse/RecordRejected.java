package org.huixiang.ingest.parse;

import org.huixiang.common.deadletter.DeadLetterReason;

/**
 * Internal control flow of a parse: unwinds it to its rejection, with the reason and the detail.
 */
final class RecordRejected extends RuntimeException {

    private final DeadLetterReason reason;

    RecordRejected(DeadLetterReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    DeadLetterReason reason() {
        return reason;
    }
}
