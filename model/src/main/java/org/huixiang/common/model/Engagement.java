package org.huixiang.common.model;

import java.io.Serializable;

/** Reach of a post when it was collected: 转发, 评论, 点赞, 阅读. */
public record Engagement(long reposts, long comments, long likes, long views)
        implements Serializable {

    public static final Engagement NONE = new Engagement(0, 0, 0, 0);

    public long interactions() {
        return reposts + comments + likes;
    }
}
