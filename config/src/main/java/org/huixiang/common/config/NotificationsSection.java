package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code notifications} into {@link NotificationSettings}. Apart because it is the one
 * section with sections inside (a list of webhooks, an e-mail block), each with keys of its own,
 * and because webhook URLs hold robot keys, so they may come from variables the file names.
 */
final class NotificationsSection {

    static final Set<String> KEYS =
            Set.of("webhooks", "email", "attempts", "first_pause", "timeout");

    static final Set<String> EMAIL_KEYS =
            Set.of(
                    "smtp_host",
                    "smtp_port",
                    "starttls",
                    "username",
                    "password",
                    "password_file",
                    "from",
                    "recipients",
                    "escalations_only");

    static final Set<String> WEBHOOK_KEYS =
            Set.of("name", "format", "url", "url_env", "units", "escalations_only");

    private NotificationsSection() {}

    /** Reports unknown keys in the section, its e-mail block and each webhook. */
    static void checkKeys(ConfigSource source) {
        source.checkKeys("notifications", KEYS);
        source.checkKeys("notifications.email", EMAIL_KEYS);
        int index = 0;
        for (JsonNode hook : source.at("notifications.webhooks")) {
            source.checkKeys(hook, webhookKey(index++), WEBHOOK_KEYS);
        }
    }

    static NotificationSettings read(ConfigSource source) {
        JsonNode section = source.at("notifications");
        NotificationSettings defaults = NotificationSettings.none();
        List<NotificationSettings.Webhook> hooks = new ArrayList<>();
        int index = 0;
        for (JsonNode hook : section.path("webhooks")) {
            hooks.add(webhook(source, hook, webhookKey(index++)));
        }
        return new NotificationSettings(
                List.copyOf(hooks),
                email(source, section.path("email")),
                source.integer(section, "notifications.attempts", null, defaults.attempts(), 1),
                source.duration(section, "notifications.first_pause", null, defaults.firstPause()),
                source.duration(section, "notifications.timeout", null, defaults.timeout()));
    }

    /** How problems name a webhook: by its place in the list, as the name may be missing. */
    private static String webhookKey(int index) {
        return "notifications.webhooks[" + index + "]";
    }

    private static NotificationSettings.Webhook webhook(
            ConfigSource source, JsonNode hook, String key) {
        String name = hook.path("name").asText(key);
        NotificationSettings.Format format =
                source.choice(
                        NotificationSettings.Format.class,
                        hook.path("format").asText("generic"),
                        NotificationSettings.Format.GENERIC,
                        key + ".format",
                        "is not a known format",
                        "use generic, wecom (企业微信) or dingtalk (钉钉)");
        String url = hook.path("url").asText(null);
        if (hook.hasNonNull("url_env")) {
            url = source.variable(hook.get("url_env").asText());
            if (url == null) {
                source.problem(
                        key + ".url_env",
                        "names " + hook.get("url_env").asText() + ", which is not set",
                        "export the variable with the webhook's URL, robot key included");
            }
        }
        if (url != null && !url.matches("https?://\\S+")) {
            source.invalid(key + ".url", url, "is not an http(s) URL", "write the full URL");
        } else if (url == null && !hook.hasNonNull("url_env")) {
            source.problem(
                    key,
                    "has neither url nor url_env",
                    "give the URL, or url_env naming a variable that holds it (keeps robot"
                            + " keys out of files)");
        }
        return new NotificationSettings.Webhook(
                name,
                format,
                url,
                ConfigSource.texts(hook.path("units")),
                hook.path("escalations_only").asBoolean(false));
    }

    /** The e-mail block, or null when there is none. */
    private static NotificationSettings.Email email(ConfigSource source, JsonNode section) {
        if (section.isMissingNode()) {
            return null;
        }
        String host = source.value(EnvironmentOverride.SMTP_HOST, section, "smtp_host", null);
        String from = section.path("from").asText(null);
        if (host == null || from == null) {
            source.problem(
                    "notifications.email",
                    "needs smtp_host and from",
                    "name the SMTP server and the sender address, or remove the section");
        }
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        section.path("recipients")
                .fields()
                .forEachRemaining(
                        e -> recipients.put(e.getKey(), ConfigSource.texts(e.getValue())));
        if (recipients.isEmpty()) {
            source.problem(
                    "notifications.email.recipients",
                    "is empty",
                    "map unit names to addresses, e.g. 县水利局: [duty@water.example]");
        }
        boolean startTls = section.path("starttls").asBoolean(true);
        return new NotificationSettings.Email(
                host,
                source.integer(
                        section,
                        "notifications.email.smtp_port",
                        EnvironmentOverride.SMTP_PORT,
                        // submission with STARTTLS listens on 587, plain SMTP on 25
                        startTls ? 587 : 25,
                        1),
                startTls,
                source.value(EnvironmentOverride.SMTP_USERNAME, section, "username", null),
                source.secret(EnvironmentOverride.SMTP_PASSWORD, section),
                from,
                Map.copyOf(recipients),
                section.path("escalations_only").asBoolean(false));
    }
}
