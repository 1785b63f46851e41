package org.huixiang.common.deadletter;

import java.util.Locale;

/**
 * Why a record became a dead letter: the stable codes of {@code DeadLetter.reason}, which operators
 * filter by ({@code huixiang deadletters --reason}) and docs/contract.md lists. A test holds the
 * two to the same set.
 */
public enum DeadLetterReason {
    // ingest (and the intake): the record itself
    EMPTY_RECORD,
    TOO_LARGE,
    INVALID_UTF8,
    MALFORMED_JSON,
    TOO_DEEPLY_NESTED,
    NOT_AN_OBJECT,
    MISSING_FIELD,
    WRONG_TYPE,
    EMPTY_TEXT,
    BAD_TIMESTAMP,
    TIMESTAMP_OUT_OF_RANGE,
    // analysis and indexing
    ANALYSIS_FAILED,
    INDEX_REJECTED,
    // response commands refused by the alerting stage
    MALFORMED_COMMAND,
    UNKNOWN_ALERT,
    UNKNOWN_UNIT,
    NOT_RESPONSE_TEAM,
    NOT_RESPONSIBLE,
    ILLEGAL_TRANSITION,
    MISSING_TEXT,
    TEXT_TOO_LONG,
    BAD_TIME,
    BAD_ASSIGNMENT,
    // cases
    CALENDAR_MISSING,
    // notifications
    NOTIFICATION_FAILED;

    /** The code as written in a dead letter: {@code malformed_json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
