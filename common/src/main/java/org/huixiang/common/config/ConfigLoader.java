package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.huixiang.common.elasticsearch.ElasticsearchConnection;
import org.huixiang.common.seeds.Durations;

/**
 * Reads the YAML configuration file, applies environment overrides, and validates the result.
 *
 * <p>Environment variables win over the file, so secrets need never be written into it:
 * HUIXIANG_KAFKA_BOOTSTRAP_SERVERS, HUIXIANG_KAFKA_GROUP_ID, HUIXIANG_ELASTICSEARCH_HOSTS (comma
 * separated), HUIXIANG_ELASTICSEARCH_USERNAME, HUIXIANG_ELASTICSEARCH_PASSWORD,
 * HUIXIANG_ELASTICSEARCH_PASSWORD_FILE, HUIXIANG_ELASTICSEARCH_API_KEY(_FILE),
 * HUIXIANG_ELASTICSEARCH_CA_CERTIFICATE, HUIXIANG_ELASTICSEARCH_CA_FINGERPRINT,
 * HUIXIANG_FLINK_PARALLELISM, HUIXIANG_CHECKPOINT_DIR.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_LEVEL_KEYS =
            Set.of(
                    "kafka",
                    "elasticsearch",
                    "flink",
                    "seeds_dir",
                    "analysis",
                    "notifications",
                    "console",
                    "intake");

    private final String file;
    private final JsonNode root;
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(String file, JsonNode root, Map<String, String> env) {
        this.file = file;
        this.root = root;
        this.env = env;
    }

    /** Loads {@code file} (may be null for defaults only) with overrides from {@code env}. */
    public static HuixiangConfig load(Path file, Map<String, String> env) {
        JsonNode root = YAML.createObjectNode();
        String name = file == null ? "(defaults)" : file.toString();
        if (file != null) {
            try {
                JsonNode read = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (read != null && !read.isMissingNode() && !read.isNull()) {
                    root = read;
                }
            } catch (IOException e) {
                throw new ConfigException(
                        List.of(
                                name
                                        + ": cannot be read ("
                                        + e.getMessage()
                                        + "). Fix: pass an existing YAML file to --config"));
            }
        }
        return new ConfigLoader(name, root, env).build();
    }

    /** The embedded default: local Kafka and Elasticsearch on the given ports. */
    public static HuixiangConfig embedded(
            String kafkaBootstrap, String elasticsearchUrl, String checkpointDir) {
        return new HuixiangConfig(
                new KafkaSettings(kafkaBootstrap, Map.of(), "huixiang"),
                ElasticsearchConnection.of(elasticsearchUrl),
                0,
                new FlinkSettings(
                        2, Duration.ofSeconds(5), checkpointDir, FlinkSettings.EventTime.LIVE),
                null,
                AnalysisSettings.none(),
                NotificationSettings.none(),
                ConsoleSettings.defaults(),
                IntakeSettings.defaults());
    }

    private HuixiangConfig build() {
        root.fieldNames()
                .forEachRemaining(
                        key -> {
                            if (!TOP_LEVEL_KEYS.contains(key)) {
                                problem(key, "is not a known key", "use one of " + TOP_LEVEL_KEYS);
                            }
                        });
        JsonNode kafka = root.path("kafka");
        String bootstrap =
                value(
                        "HUIXIANG_KAFKA_BOOTSTRAP_SERVERS",
                        kafka,
                        "bootstrap_servers",
                        "127.0.0.1:19092");
        for (String server : bootstrap.split(",")) {
            if (!server.trim().matches("[^:\\s]+:\\d{1,5}")) {
                problem(
                        "kafka.bootstrap_servers",
                        "'" + server + "' is not host:port",
                        "write e.g. kafka-0.example:9092");
            }
        }
        Map<String, String> kafkaProps = new LinkedHashMap<>();
        kafka.path("properties")
                .fields()
                .forEachRemaining(e -> kafkaProps.put(e.getKey(), e.getValue().asText()));
        String groupId = value("HUIXIANG_KAFKA_GROUP_ID", kafka, "group_id", "huixiang");

        JsonNode es = root.path("elasticsearch");
        List<String> hosts = new ArrayList<>();
        String envHosts = env.get("HUIXIANG_ELASTICSEARCH_HOSTS");
        if (envHosts != null) {
            Arrays.stream(envHosts.split(",")).map(String::trim).forEach(hosts::add);
        } else if (es.has("hosts")) {
            es.get("hosts").forEach(h -> hosts.add(h.asText().trim()));
        } else {
            hosts.add("http://127.0.0.1:19200");
        }
        for (String host : hosts) {
            if (!host.matches("https?://[^/\\s]+(:\\d+)?/?")) {
                problem(
                        "elasticsearch.hosts",
                        "'" + host + "' is not an http(s) URL",
                        "write e.g. https://es.example:9200");
            }
        }
        String username = value("HUIXIANG_ELASTICSEARCH_USERNAME", es, "username", null);
        String password = secret("HUIXIANG_ELASTICSEARCH_PASSWORD", es, "elasticsearch.password");
        if (username != null && password == null) {
            problem(
                    "elasticsearch.password",
                    "is missing while a username is set",
                    "set HUIXIANG_ELASTICSEARCH_PASSWORD or elasticsearch.password_file");
        }
        String apiKey = secret("HUIXIANG_ELASTICSEARCH_API_KEY", es, "elasticsearch.api_key");
        if (apiKey != null && username != null) {
            problem(
                    "elasticsearch.api_key",
                    "is set together with a username",
                    "use either api_key or username and password");
        }
        String caCertificate = caCertificate(es);
        String caFingerprint =
                value("HUIXIANG_ELASTICSEARCH_CA_FINGERPRINT", es, "ca_fingerprint", null);
        if (caFingerprint != null && !caFingerprint.matches("(?i)([0-9a-f]{2}:?){31}[0-9a-f]{2}")) {
            problem(
                    "elasticsearch.ca_fingerprint",
                    "is not a SHA-256 fingerprint",
                    "copy the 64 hex digits Elasticsearch printed at its first start (colons allowed)");
        } else if (caFingerprint != null && caCertificate != null) {
            problem(
                    "elasticsearch.ca_fingerprint",
                    "is set together with ca_certificate",
                    "give one of the two");
        }
        int replicas = integer(es, "replicas", null, 0, 0);

        JsonNode flink = root.path("flink");
        int parallelism = integer(flink, "parallelism", "HUIXIANG_FLINK_PARALLELISM", 2, 1);
        Duration interval = Duration.ofSeconds(5);
        if (flink.hasNonNull("checkpoint_interval")) {
            try {
                interval = Durations.parse(flink.get("checkpoint_interval").asText());
            } catch (IllegalArgumentException e) {
                problem("flink.checkpoint_interval", e.getMessage(), "write e.g. 10s");
            }
        }
        String checkpointDir =
                value("HUIXIANG_CHECKPOINT_DIR", flink, "checkpoint_dir", "var/checkpoints");
        String clock = value("HUIXIANG_EVENT_TIME", flink, "event_time", "live");
        FlinkSettings.EventTime eventTime = FlinkSettings.EventTime.LIVE;
        try {
            eventTime = FlinkSettings.EventTime.valueOf(clock.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(
                    "flink.event_time",
                    "'" + clock + "' is neither live nor replay",
                    "write live for a running system, replay to replay history");
        }
        String seedsDir = root.hasNonNull("seeds_dir") ? root.get("seeds_dir").asText() : null;
        if (seedsDir != null && !Files.isDirectory(Path.of(seedsDir))) {
            problem(
                    "seeds_dir",
                    "'" + seedsDir + "' is not a folder",
                    "point it at a folder holding units.yaml, topics.yaml, …");
        }
        JsonNode analysis = root.path("analysis");
        AnalysisSettings models =
                new AnalysisSettings(
                        file(
                                analysis,
                                "routing_model",
                                "a model written by `huixiang train routing --out`"),
                        file(analysis, "routing_label_map", "a YAML file: model label → [unit, …]"),
                        file(
                                analysis,
                                "sentiment_model",
                                "a model written by `huixiang train sentiment --out`"),
                        analysis.path("sentiment_negative_label").asText("0"));
        NotificationSettings notifications = notifications(root.path("notifications"));
        ConsoleSettings console = console(root.path("console"));
        IntakeSettings intake = intake(root.path("intake"));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new HuixiangConfig(
                new KafkaSettings(bootstrap.trim(), kafkaProps, groupId),
                new ElasticsearchConnection(
                        hosts, username, password, apiKey, caCertificate, caFingerprint),
                replicas,
                new FlinkSettings(parallelism, interval, checkpointDir, eventTime),
                seedsDir,
                models,
                notifications,
                console,
                intake);
    }

    private IntakeSettings intake(JsonNode section) {
        IntakeSettings d = IntakeSettings.defaults();
        String tokens = value("HUIXIANG_INTAKE_TOKENS_FILE", section, "tokens_file", null);
        if (tokens != null && !Files.isReadable(Path.of(tokens))) {
            problem(
                    "intake.tokens_file",
                    "'" + tokens + "' is not a readable file",
                    "point it at a file of 'producer token' lines (see README, Intake)");
        }
        return new IntakeSettings(
                value("HUIXIANG_INTAKE_HOST", section, "host", d.host()),
                integer(section, "port", "HUIXIANG_INTAKE_PORT", d.port(), 1),
                tokens);
    }

    private ConsoleSettings console(JsonNode section) {
        ConsoleSettings d = ConsoleSettings.defaults();
        return new ConsoleSettings(
                value("HUIXIANG_CONSOLE_HOST", section, "host", d.host()),
                integer(section, "port", "HUIXIANG_CONSOLE_PORT", d.port(), 1),
                value("HUIXIANG_ADMIN_USER", section, "admin_user", d.adminUser()),
                secret("HUIXIANG_ADMIN_PASSWORD", section, "console.admin_password"),
                duration(section, "session_ttl", d.sessionTtl()),
                section.path("secure_cookies").asBoolean(false));
    }

    private NotificationSettings notifications(JsonNode section) {
        NotificationSettings defaults = NotificationSettings.none();
        List<NotificationSettings.Webhook> hooks = new ArrayList<>();
        int i = 0;
        for (JsonNode hook : section.path("webhooks")) {
            String key = "notifications.webhooks[" + i++ + "]";
            String name = hook.path("name").asText(key);
            NotificationSettings.Format format = NotificationSettings.Format.GENERIC;
            String formatText = hook.path("format").asText("generic");
            try {
                format =
                        NotificationSettings.Format.valueOf(
                                formatText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(
                        key + ".format",
                        "'" + formatText + "' is not a known format",
                        "use generic, wecom (企业微信) or dingtalk (钉钉)");
            }
            String url = hook.path("url").asText(null);
            if (hook.hasNonNull("url_env")) {
                url = env.get(hook.get("url_env").asText());
                if (url == null) {
                    problem(
                            key + ".url_env",
                            "names " + hook.get("url_env").asText() + ", which is not set",
                            "export the variable with the webhook's URL, robot key included");
                }
            }
            if (url != null && !url.matches("https?://\\S+")) {
                problem(key + ".url", "'" + url + "' is not an http(s) URL", "write the full URL");
            } else if (url == null && !hook.hasNonNull("url_env")) {
                problem(
                        key,
                        "has neither url nor url_env",
                        "give the URL, or url_env naming a variable that holds it (keeps robot"
                                + " keys out of files)");
            }
            List<String> units = new ArrayList<>();
            hook.path("units").forEach(u -> units.add(u.asText()));
            hooks.add(
                    new NotificationSettings.Webhook(
                            name,
                            format,
                            url,
                            List.copyOf(units),
                            hook.path("escalations_only").asBoolean(false)));
        }
        return new NotificationSettings(
                List.copyOf(hooks),
                email(section.path("email")),
                integer(section, "attempts", null, defaults.attempts(), 1),
                duration(section, "first_pause", defaults.firstPause()),
                duration(section, "timeout", defaults.timeout()));
    }

    private NotificationSettings.Email email(JsonNode section) {
        if (section.isMissingNode()) {
            return null;
        }
        String host = section.path("smtp_host").asText(null);
        String from = section.path("from").asText(null);
        if (host == null || from == null) {
            problem(
                    "notifications.email",
                    "needs smtp_host and from",
                    "name the SMTP server and the sender address, or remove the section");
        }
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        section.path("recipients")
                .fields()
                .forEachRemaining(
                        e -> {
                            List<String> addresses = new ArrayList<>();
                            e.getValue().forEach(a -> addresses.add(a.asText()));
                            recipients.put(e.getKey(), List.copyOf(addresses));
                        });
        if (recipients.isEmpty()) {
            problem(
                    "notifications.email.recipients",
                    "is empty",
                    "map unit names to addresses, e.g. 县水利局: [duty@water.example]");
        }
        boolean startTls = section.path("starttls").asBoolean(true);
        return new NotificationSettings.Email(
                host,
                integer(section, "smtp_port", null, startTls ? 587 : 25, 1),
                startTls,
                value("HUIXIANG_SMTP_USERNAME", section, "username", null),
                secret("HUIXIANG_SMTP_PASSWORD", section, "notifications.email.password"),
                from,
                Map.copyOf(recipients),
                section.path("escalations_only").asBoolean(false));
    }

    private Duration duration(JsonNode section, String field, Duration fallback) {
        if (!section.hasNonNull(field)) {
            return fallback;
        }
        try {
            return Durations.parse(section.get(field).asText());
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage(), "write e.g. 2s");
            return fallback;
        }
    }

    /** An optional path that must name a readable file when given. */
    private String file(JsonNode section, String field, String what) {
        if (!section.hasNonNull(field)) {
            return null;
        }
        String path = section.get(field).asText();
        if (!Files.isReadable(Path.of(path))) {
            problem(
                    "analysis." + field,
                    "'" + path + "' is not a readable file",
                    "point it at " + what);
        }
        return path;
    }

    /** The PEM text of the file elasticsearch.ca_certificate names, or null. */
    private String caCertificate(JsonNode es) {
        String path = value("HUIXIANG_ELASTICSEARCH_CA_CERTIFICATE", es, "ca_certificate", null);
        if (path == null) {
            return null;
        }
        try {
            String pem = Files.readString(Path.of(path), StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                problem(
                        "elasticsearch.ca_certificate",
                        "'" + path + "' holds no PEM certificate",
                        "point it at the CA's .crt (e.g. config/certs/http_ca.crt of the cluster)");
                return null;
            }
            return pem;
        } catch (IOException e) {
            problem(
                    "elasticsearch.ca_certificate",
                    "cannot read '" + path + "'",
                    "point it at a readable PEM file");
            return null;
        }
    }

    private String value(String envKey, JsonNode section, String field, String fallback) {
        if (env.containsKey(envKey)) {
            return env.get(envKey);
        }
        return section.hasNonNull(field) ? section.get(field).asText() : fallback;
    }

    /**
     * A secret from the environment, the file, or a file the file names ({@code <field>_file}).
     *
     * @param key the field's full name for messages, e.g. {@code elasticsearch.password}
     */
    private String secret(String envKey, JsonNode section, String key) {
        String field = key.substring(key.lastIndexOf('.') + 1);
        String direct = value(envKey, section, field, null);
        if (direct != null) {
            return direct;
        }
        String path =
                env.getOrDefault(envKey + "_FILE", section.path(field + "_file").asText(null));
        if (path == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            problem(
                    key + "_file",
                    "cannot read '" + path + "'",
                    "point it at a readable file holding only the secret");
            return null;
        }
    }

    private int integer(JsonNode section, String field, String envKey, int fallback, int min) {
        String raw =
                envKey != null && env.containsKey(envKey)
                        ? env.get(envKey)
                        : section.hasNonNull(field) ? section.get(field).asText() : null;
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min) {
                problem(field, "is " + value, "use a number of at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            problem(
                    field,
                    "'" + raw + "' is not a whole number",
                    "write a number such as " + Math.max(min, 1));
            return fallback;
        }
    }

    private void problem(String key, String what, String fix) {
        problems.add(file + ": " + key + ": " + what + ". Fix: " + fix);
    }
}
