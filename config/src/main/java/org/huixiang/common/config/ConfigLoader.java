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
import java.util.function.Supplier;
import org.huixiang.common.format.Durations;

/**
 * Reads the YAML configuration file, applies environment overrides, and validates the result.
 *
 * <p>Environment variables ({@link EnvironmentOverride}) win over the file, so secrets need never
 * be written into it and one file serves every environment. Every problem is collected and reported
 * at once, each naming the file (or the variable), the key and the fix.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The keys each section may hold; anything else is a typo worth stopping for. */
    private static final Map<String, Set<String>> SECTION_KEYS =
            Map.ofEntries(
                    Map.entry(
                            "",
                            Set.of(
                                    "kafka",
                                    "elasticsearch",
                                    "flink",
                                    "seeds_dir",
                                    "analysis",
                                    "notifications",
                                    "console",
                                    "intake")),
                    Map.entry("kafka", Set.of("bootstrap_servers", "group_id", "properties")),
                    Map.entry(
                            "elasticsearch",
                            Set.of(
                                    "hosts",
                                    "username",
                                    "password",
                                    "password_file",
                                    "api_key",
                                    "api_key_file",
                                    "ca_certificate",
                                    "ca_fingerprint",
                                    "replicas")),
                    Map.entry(
                            "flink",
                            Set.of(
                                    "parallelism",
                                    "checkpoint_interval",
                                    "checkpoint_dir",
                                    "event_time")),
                    Map.entry(
                            "analysis",
                            Set.of(
                                    "routing_model",
                                    "routing_label_map",
                                    "sentiment_model",
                                    "sentiment_negative_label")),
                    Map.entry(
                            "notifications",
                            Set.of("webhooks", "email", "attempts", "first_pause", "timeout")),
                    Map.entry(
                            "notifications.email",
                            Set.of(
                                    "smtp_host",
                                    "smtp_port",
                                    "starttls",
                                    "username",
                                    "password",
                                    "password_file",
                                    "from",
                                    "recipients",
                                    "escalations_only")),
                    Map.entry(
                            "notifications.webhooks[]",
                            Set.of(
                                    "name",
                                    "format",
                                    "url",
                                    "url_env",
                                    "units",
                                    "escalations_only")),
                    Map.entry(
                            "console",
                            Set.of(
                                    "host",
                                    "port",
                                    "admin_user",
                                    "admin_password",
                                    "admin_password_file",
                                    "session_ttl",
                                    "secure_cookies")),
                    Map.entry("intake", Set.of("host", "port", "tokens_file")));

    private final String file;
    private final JsonNode root;
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();
    private final List<EnvironmentOverride> applied = new ArrayList<>();

    private ConfigLoader(String file, JsonNode root, Map<String, String> env) {
        this.file = file;
        this.root = root;
        this.env = env;
    }

    /** Loads {@code file} (may be null for defaults only) with overrides from {@code env}. */
    public static HuixiangConfig load(Path file, Map<String, String> env) {
        return check(file, env).config();
    }

    /**
     * A loaded configuration and the environment overrides that shaped it.
     *
     * @param overrides the variables that were set and used, in the order read
     */
    public record Checked(HuixiangConfig config, List<EnvironmentOverride> overrides) {}

    /** As {@link #load}, and says which environment variables it used. */
    public static Checked check(Path file, Map<String, String> env) {
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
        ConfigLoader loader = new ConfigLoader(name, root, env);
        return new Checked(loader.build(), List.copyOf(loader.applied));
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
        checkKeys(root, "");
        SECTION_KEYS.keySet().stream()
                .filter(section -> !section.isEmpty() && !section.endsWith("[]"))
                .forEach(section -> checkKeys(at(section), section));
        int index = 0;
        for (JsonNode hook : at("notifications.webhooks")) {
            checkKeys(hook, "notifications.webhooks[" + index++ + "]");
        }
        KafkaSettings kafka = kafka(root.path("kafka"));
        JsonNode es = root.path("elasticsearch");
        ElasticsearchConnection elasticsearch = elasticsearch(es);
        int replicas =
                integer(
                        es,
                        "elasticsearch.replicas",
                        EnvironmentOverride.ELASTICSEARCH_REPLICAS,
                        0,
                        0);
        FlinkSettings flink = flink(root.path("flink"));
        String seedsDir = seedsDir();
        AnalysisSettings models = analysis(root.path("analysis"));
        NotificationSettings notifications = notifications(root.path("notifications"));
        ConsoleSettings console = console(root.path("console"));
        IntakeSettings intake = intake(root.path("intake"));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new HuixiangConfig(
                kafka,
                elasticsearch,
                replicas,
                flink,
                seedsDir,
                models,
                notifications,
                console,
                intake);
    }

    /**
     * {@code kafka}: bootstrap servers (host:port, comma-separated), client properties, group. Null
     * when a problem was found; {@link #build()} then reports them all.
     */
    private KafkaSettings kafka(JsonNode kafka) {
        int before = problems.size();
        String bootstrap =
                value(
                        EnvironmentOverride.KAFKA_BOOTSTRAP_SERVERS,
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
        kafkaProps.putAll(kafkaPropertyOverrides());
        String groupId = value(EnvironmentOverride.KAFKA_GROUP_ID, kafka, "group_id", "huixiang");

        return ifClean(before, () -> new KafkaSettings(bootstrap.trim(), kafkaProps, groupId));
    }

    /**
     * {@code elasticsearch}: hosts, and basic auth or an API key, and how to trust its certificate.
     */
    private ElasticsearchConnection elasticsearch(JsonNode es) {
        int before = problems.size();
        List<String> hosts = new ArrayList<>();
        String envHosts = env.get(EnvironmentOverride.ELASTICSEARCH_HOSTS.variable());
        if (envHosts != null) {
            applied.add(EnvironmentOverride.ELASTICSEARCH_HOSTS);
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
        String username = value(EnvironmentOverride.ELASTICSEARCH_USERNAME, es, "username", null);
        String password = secret(EnvironmentOverride.ELASTICSEARCH_PASSWORD, es);
        if (username != null && password == null) {
            problem(
                    "elasticsearch.password",
                    "is missing while a username is set",
                    "set HUIXIANG_ELASTICSEARCH_PASSWORD or elasticsearch.password_file");
        }
        String apiKey = secret(EnvironmentOverride.ELASTICSEARCH_API_KEY, es);
        if (apiKey != null && username != null) {
            problem(
                    "elasticsearch.api_key",
                    "is set together with a username",
                    "use either api_key or username and password");
        }
        String caCertificate = caCertificate(es);
        String caFingerprint =
                value(EnvironmentOverride.ELASTICSEARCH_CA_FINGERPRINT, es, "ca_fingerprint", null);
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
        return ifClean(
                before,
                () ->
                        new ElasticsearchConnection(
                                hosts, username, password, apiKey, caCertificate, caFingerprint));
    }

    /** {@code flink}: parallelism, checkpoints, and whether event time follows the clock. */
    private FlinkSettings flink(JsonNode flink) {
        int before = problems.size();
        int parallelism =
                integer(flink, "flink.parallelism", EnvironmentOverride.FLINK_PARALLELISM, 2, 1);
        Duration interval =
                duration(
                        flink,
                        "flink.checkpoint_interval",
                        EnvironmentOverride.CHECKPOINT_INTERVAL,
                        Duration.ofSeconds(5));
        String checkpointDir =
                value(
                        EnvironmentOverride.CHECKPOINT_DIR,
                        flink,
                        "checkpoint_dir",
                        "var/checkpoints");
        String clock = value(EnvironmentOverride.EVENT_TIME, flink, "event_time", "live");
        FlinkSettings.EventTime eventTime = FlinkSettings.EventTime.LIVE;
        try {
            eventTime = FlinkSettings.EventTime.valueOf(clock.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(
                    "flink.event_time",
                    "'" + clock + "' is neither live nor replay",
                    "write live for a running system, replay to replay history");
        }
        FlinkSettings.EventTime mode = eventTime;
        return ifClean(before, () -> new FlinkSettings(parallelism, interval, checkpointDir, mode));
    }

    /** {@code seeds_dir}: a folder of seeds to use instead of the packaged ones, or null. */
    private String seedsDir() {
        String seedsDir = value(EnvironmentOverride.SEEDS_DIR, root, "seeds_dir", null);
        if (seedsDir != null && !Files.isDirectory(Path.of(seedsDir))) {
            problem(
                    "seeds_dir",
                    "'" + seedsDir + "' is not a folder",
                    "point it at a folder holding units.yaml, topics.yaml, …");
        }
        return seedsDir;
    }

    /** {@code analysis}: trained models and their label maps, all optional. */
    private AnalysisSettings analysis(JsonNode analysis) {
        return new AnalysisSettings(
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
    }

    /**
     * The section's settings from {@code settings}, or null when the section added problems since
     * {@code before}: the settings' records check themselves too, and must see only what passed
     * here, so that {@link #build()} reports every problem at once.
     */
    private <T> T ifClean(int before, Supplier<T> settings) {
        return problems.size() > before ? null : settings.get();
    }

    private IntakeSettings intake(JsonNode section) {
        IntakeSettings d = IntakeSettings.defaults();
        String tokens = value(EnvironmentOverride.INTAKE_TOKENS_FILE, section, "tokens_file", null);
        if (tokens != null && !Files.isReadable(Path.of(tokens))) {
            problem(
                    "intake.tokens_file",
                    "'" + tokens + "' is not a readable file",
                    "point it at a file of 'producer token' lines (see README, Intake)");
        }
        return new IntakeSettings(
                value(EnvironmentOverride.INTAKE_HOST, section, "host", d.host()),
                integer(section, "intake.port", EnvironmentOverride.INTAKE_PORT, d.port(), 1),
                tokens);
    }

    private ConsoleSettings console(JsonNode section) {
        ConsoleSettings d = ConsoleSettings.defaults();
        return new ConsoleSettings(
                value(EnvironmentOverride.CONSOLE_HOST, section, "host", d.host()),
                integer(section, "console.port", EnvironmentOverride.CONSOLE_PORT, d.port(), 1),
                value(EnvironmentOverride.ADMIN_USER, section, "admin_user", d.adminUser()),
                secret(EnvironmentOverride.ADMIN_PASSWORD, section),
                duration(section, "console.session_ttl", null, d.sessionTtl()),
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
                integer(section, "notifications.attempts", null, defaults.attempts(), 1),
                duration(section, "notifications.first_pause", null, defaults.firstPause()),
                duration(section, "notifications.timeout", null, defaults.timeout()));
    }

    private NotificationSettings.Email email(JsonNode section) {
        if (section.isMissingNode()) {
            return null;
        }
        String host = value(EnvironmentOverride.SMTP_HOST, section, "smtp_host", null);
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
                integer(
                        section,
                        "notifications.email.smtp_port",
                        EnvironmentOverride.SMTP_PORT,
                        startTls ? 587 : 25,
                        1),
                startTls,
                value(EnvironmentOverride.SMTP_USERNAME, section, "username", null),
                secret(EnvironmentOverride.SMTP_PASSWORD, section),
                from,
                Map.copyOf(recipients),
                section.path("escalations_only").asBoolean(false));
    }

    /**
     * @param key the full key, e.g. {@code flink.checkpoint_interval}; its last part is the field
     */
    private Duration duration(
            JsonNode section, String key, EnvironmentOverride override, Duration fallback) {
        String raw = raw(override, section, field(key));
        if (raw == null) {
            return fallback;
        }
        try {
            return Durations.parse(raw);
        } catch (IllegalArgumentException e) {
            problem(where(override, key), e.getMessage(), "write e.g. 10s");
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
        String path =
                value(EnvironmentOverride.ELASTICSEARCH_CA_CERTIFICATE, es, "ca_certificate", null);
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

    private String value(
            EnvironmentOverride override, JsonNode section, String field, String fallback) {
        String raw = raw(override, section, field);
        return raw == null ? fallback : raw;
    }

    /** The environment's value when the variable is set, else the file's, else null. */
    private String raw(EnvironmentOverride override, JsonNode section, String field) {
        if (override != null && env.containsKey(override.variable())) {
            applied.add(override);
            return env.get(override.variable());
        }
        return section.hasNonNull(field) ? section.get(field).asText() : null;
    }

    /** Client properties from HUIXIANG_KAFKA_PROPERTY_* variables. */
    private Map<String, String> kafkaPropertyOverrides() {
        String prefix = EnvironmentOverride.KAFKA_PROPERTY_.variable();
        Map<String, String> props = new java.util.TreeMap<>();
        env.forEach(
                (name, value) -> {
                    if (name.startsWith(prefix) && name.length() > prefix.length()) {
                        props.put(
                                name.substring(prefix.length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '.'),
                                value);
                    }
                });
        if (!props.isEmpty()) {
            applied.add(EnvironmentOverride.KAFKA_PROPERTY_);
        }
        return props;
    }

    /**
     * A secret from the environment, the file, or a file either names ({@code <VARIABLE>_FILE},
     * {@code <field>_file}).
     */
    private String secret(EnvironmentOverride override, JsonNode section) {
        String field = field(override.key());
        String direct = value(override, section, field, null);
        if (direct != null) {
            return direct;
        }
        String fileVariable = override.variable() + "_FILE";
        String path = env.get(fileVariable);
        String key = fileVariable + " (environment)";
        if (path != null) {
            applied.add(override);
        } else {
            path = section.path(field + "_file").asText(null);
            key = override.key() + "_file";
        }
        if (path == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            problem(
                    key,
                    "cannot read '" + path + "'",
                    "point it at a readable file holding only the secret");
            return null;
        }
    }

    /**
     * @param key the full key, e.g. {@code flink.parallelism}; its last part is the field
     */
    private int integer(
            JsonNode section, String key, EnvironmentOverride override, int fallback, int min) {
        String raw = raw(override, section, field(key));
        if (raw == null) {
            return fallback;
        }
        String origin = where(override, key);
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min) {
                problem(origin, "is " + value, "use a number of at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            problem(
                    origin,
                    "'" + raw + "' is not a whole number",
                    "write a number such as " + Math.max(min, 1));
            return fallback;
        }
    }

    /**
     * Where a value came from, for messages: the variable when the environment set it, else the
     * key's full name in the file.
     */
    private String where(EnvironmentOverride override, String key) {
        if (override != null && env.containsKey(override.variable())) {
            return override.variable() + " (environment, overrides " + key + ")";
        }
        return key;
    }

    private static String field(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** The node at a dotted path of the file (missing when absent). */
    private JsonNode at(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** Reports keys of {@code section} that no setting reads (a typo would silently do nothing). */
    private void checkKeys(JsonNode section, String path) {
        if (section.isMissingNode() || section.isNull()) {
            return;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        if (!section.isObject()) {
            problem(path, "is not a section", "write its keys indented below it");
            return;
        }
        Set<String> known = SECTION_KEYS.get(path.replaceAll("\\[\\d+]$", "[]"));
        section.fieldNames()
                .forEachRemaining(
                        key -> {
                            if (!known.contains(key)) {
                                problem(
                                        prefix + key,
                                        "is not a known key",
                                        "use one of " + new java.util.TreeSet<>(known));
                            }
                        });
    }

    private void problem(String key, String what, String fix) {
        problems.add(file + ": " + key + ": " + what + ". Fix: " + fix);
    }
}
