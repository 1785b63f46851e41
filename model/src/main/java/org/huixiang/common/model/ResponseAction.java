package org.huixiang.common.model;

/** The actions of the response loop and who may take them. */
public enum ResponseAction {
    /** 签收: a responsible unit confirms it has the alert. */
    ACKNOWLEDGE(false),
    /** 回应/办结: a responsible unit answers, with text and an optional link. */
    RESPOND(false),
    /** 退回: the lead unit says the alert is not its business, with a reason. */
    RETURN(false),
    /** 改派: the response team gives the alert to other units. */
    REASSIGN(true),
    /** 督办: the response team presses the units, with a note. */
    ESCALATE(true),
    /** The response team closes the alert. */
    CLOSE(true);

    private final boolean teamOnly;

    ResponseAction(boolean teamOnly) {
        this.teamOnly = teamOnly;
    }

    /** True when only the response team may take this action. */
    public boolean teamOnly() {
        return teamOnly;
    }
}
