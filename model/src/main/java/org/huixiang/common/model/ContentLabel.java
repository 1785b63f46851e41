package org.huixiang.common.model;

/**
 * What kind of speech a document is. Appeals, incidents and routine public matters are speech about
 * public affairs; the other labels are what a real stream is mostly made of and what must neither
 * form events nor raise alerts.
 */
public enum ContentLabel {
    /**
     * 诉求: a complaint, report or plea about a concrete harm, an unmet public service or misconduct.
     */
    APPEAL("诉求", true),
    /** 事件: an accident, disaster, crime or other harmful event being reported. */
    INCIDENT("事件", true),
    /** 常规: news, announcements, activities, drills, praise, questions. */
    ROUTINE("常规", true),
    /** 闲聊: personal life, feelings and hyperbole, not about public affairs. */
    CHATTER("闲聊", false),
    /** 广告: selling, promotions, sweepstakes. */
    AD("广告", false),
    /** 仅表情: nothing but emoticons. */
    EMOJI_ONLY("仅表情", false),
    /** 转发链: a chain of reposts with no words of its own. */
    REPOST_CHAIN("转发链", false),
    /** 空内容: near-empty, 转发微博, 分享图片. */
    EMPTY("空内容", false);

    private final String chinese;
    private final boolean publicAffairs;

    ContentLabel(String chinese, boolean publicAffairs) {
        this.chinese = chinese;
        this.publicAffairs = publicAffairs;
    }

    public String chinese() {
        return chinese;
    }

    /** True for speech about public affairs: the only documents that form events. */
    public boolean publicAffairs() {
        return publicAffairs;
    }
}
