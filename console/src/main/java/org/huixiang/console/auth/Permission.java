package org.huixiang.console.auth;

/** One thing an account may do in the console. */
public enum Permission {
    /** See every alert (otherwise only those of one's units). */
    READ_ALL_ALERTS,
    /** Acknowledge, respond, return the alerts of one's units. */
    ACT_AS_UNIT,
    /** Reassign, escalate, close any alert, on behalf of the response team's unit. */
    ACT_AS_TEAM,
    /** Volume, topics, sentiment, towns, hot words; full-text search over documents. */
    ANALYSIS,
    /** 日报/周报. */
    REPORTS,
    /** Timeliness of every unit (otherwise only one's own units). */
    TIMELINESS_ALL,
    /** Create, change and disable accounts. */
    MANAGE_ACCOUNTS
}
