package org.huixiang.common.model;

/** Where an alert stands in the response loop. */
public enum AlertState {
    OPEN,
    /** 签收. */
    ACKNOWLEDGED,
    /** 回应/办结. */
    RESPONDED,
    CLOSED,
    /** 退回: the unit says it was routed wrongly. */
    RETURNED
}
