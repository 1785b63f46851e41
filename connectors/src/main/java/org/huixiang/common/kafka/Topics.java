package org.huixiang.common.kafka;

import java.util.List;

/** The Kafka topics of huixiang. Names are part of the contract with producers and consumers. */
public final class Topics {

    /** New-media posts as collected (JSON, see docs/contract.md). */
    public static final String RAW_POSTS = "huixiang.raw.posts";

    /** Citizen messages as received (JSON, see docs/contract.md). */
    public static final String RAW_MESSAGES = "huixiang.raw.messages";

    /** Every alert revision, for live consumers (console, webhooks). */
    public static final String ALERTS = "huixiang.alerts";

    /** Every case (工单) revision, for live consumers, keyed by case id. */
    public static final String CASES = "huixiang.cases";

    /** Response commands from units and the response team; the audit log of the response loop. */
    public static final String RESPONSES = "huixiang.responses";

    /** Records that could not be processed, with reason, origin and original bytes. */
    public static final String DEADLETTER = "huixiang.deadletter";

    public static final List<String> ALL =
            List.of(RAW_POSTS, RAW_MESSAGES, ALERTS, CASES, RESPONSES, DEADLETTER);

    /** What the job reads: the raw records and the units' responses. */
    public static final List<String> INPUTS = List.of(RAW_POSTS, RAW_MESSAGES, RESPONSES);

    private Topics() {}
}
