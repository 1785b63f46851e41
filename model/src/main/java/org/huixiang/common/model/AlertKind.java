package org.huixiang.common.model;

/** Why an alert exists. */
public enum AlertKind {
    /** A single document satisfied a document rule or the watch list. */
    DOCUMENT,
    /** Similar posts of one event grew fast (事件快速发酵). */
    EVENT,
    /** Documents of one topic in one town rose far above their own baseline. */
    SURGE,
    /** A unit missed a deadline of another alert: escalated to the response team (超期督办). */
    OVERDUE
}
