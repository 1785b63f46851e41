package org.huixiang.common.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where alerts are pushed when they open or are escalated: webhooks in a generic JSON form or as
 * 企业微信 / 钉钉 group-robot messages, and e-mail. A delivery is retried with doubling pauses; after the
 * last attempt it becomes a dead letter.
 *
 * @param email e-mail through an SMTP server, or null for none
 * @param attempts how many times a delivery is tried in all
 * @param firstPause the pause before the second attempt; doubled for each further one
 * @param timeout how long one attempt may take
 */
public record NotificationSettings(
        List<Webhook> webhooks, Email email, int attempts, Duration firstPause, Duration timeout)
        implements Serializable {

    public static NotificationSettings none() {
        return new NotificationSettings(
                List.of(), null, 3, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    /** True when there is anywhere to notify. */
    public boolean any() {
        return !webhooks.isEmpty() || email != null;
    }

    /** The payload a webhook expects. */
    public enum Format {
        /** The alert summary as JSON, for any HTTP endpoint. */
        GENERIC,
        /** 企业微信 group robot: {@code {"msgtype": "markdown", …}}. */
        WECOM,
        /** 钉钉 group robot: {@code {"msgtype": "markdown", "markdown": {"title", "text"}}}. */
        DINGTALK
    }

    /**
     * One webhook.
     *
     * @param units only alerts these units lead or share; empty for every alert
     * @param escalationsOnly only escalations (超期督办, 督办), not every new alert
     */
    public record Webhook(
            String name, Format format, String url, List<String> units, boolean escalationsOnly)
            implements Serializable {}

    /**
     * E-mail through an SMTP server to the addresses of each unit an alert concerns.
     *
     * @param startTls upgrade the connection with STARTTLS (required when set)
     * @param username null for a server that needs no login
     * @param recipients addresses by unit name
     * @param escalationsOnly only escalations, not every new alert
     */
    public record Email(
            String host,
            int port,
            boolean startTls,
            String username,
            String password,
            String from,
            Map<String, List<String>> recipients,
            boolean escalationsOnly)
            implements Serializable {}
}
