package org.huixiang.common.model;

/**
 * What a document was before ingest: a public new-media post or a citizen message to government.
 */
public enum DocumentKind {
    /** 新媒体帖子: 微博, 微信, 抖音, news, forums. */
    POST,
    /** 群众诉求: 12345 hotline, 领导留言板, 信箱. */
    MESSAGE
}
