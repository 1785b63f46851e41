package org.huixiang.common.config;

/**
 * The environment variables that override the configuration file, each with the key it overrides.
 * Secrets also accept {@code <VARIABLE>_FILE}, naming a file that holds only the secret (as
 * Kubernetes mounts them). Deployment manifests may set only these (a test checks).
 */
public enum EnvironmentOverride {
    KAFKA_BOOTSTRAP_SERVERS("kafka.bootstrap_servers"),
    KAFKA_GROUP_ID("kafka.group_id"),
    /**
     * A prefix: {@code HUIXIANG_KAFKA_PROPERTY_SASL_JAAS_CONFIG} sets the client property {@code
     * sasl.jaas.config} (lower case, underscores become dots).
     */
    KAFKA_PROPERTY_("kafka.properties.*"),
    ELASTICSEARCH_HOSTS("elasticsearch.hosts"),
    ELASTICSEARCH_USERNAME("elasticsearch.username"),
    ELASTICSEARCH_PASSWORD("elasticsearch.password", true),
    ELASTICSEARCH_API_KEY("elasticsearch.api_key", true),
    ELASTICSEARCH_CA_CERTIFICATE("elasticsearch.ca_certificate"),
    ELASTICSEARCH_CA_FINGERPRINT("elasticsearch.ca_fingerprint"),
    ELASTICSEARCH_REPLICAS("elasticsearch.replicas"),
    FLINK_PARALLELISM("flink.parallelism"),
    CHECKPOINT_INTERVAL("flink.checkpoint_interval"),
    CHECKPOINT_DIR("flink.checkpoint_dir"),
    EVENT_TIME("flink.event_time"),
    SEEDS_DIR("seeds_dir"),
    CONSOLE_HOST("console.host"),
    CONSOLE_PORT("console.port"),
    ADMIN_USER("console.admin_user"),
    ADMIN_PASSWORD("console.admin_password", true),
    INTAKE_HOST("intake.host"),
    INTAKE_PORT("intake.port"),
    INTAKE_TOKENS_FILE("intake.tokens_file"),
    SMTP_HOST("notifications.email.smtp_host"),
    SMTP_PORT("notifications.email.smtp_port"),
    SMTP_USERNAME("notifications.email.username"),
    SMTP_PASSWORD("notifications.email.password", true);

    private final String key;
    private final boolean secret;

    EnvironmentOverride(String key) {
        this(key, false);
    }

    EnvironmentOverride(String key, boolean secret) {
        this.key = key;
        this.secret = secret;
    }

    /** The variable's name, e.g. {@code HUIXIANG_FLINK_PARALLELISM}. */
    public String variable() {
        return "HUIXIANG_" + name();
    }

    /** The configuration key it overrides, e.g. {@code flink.parallelism}. */
    public String key() {
        return key;
    }

    /** Whether {@code <variable>_FILE} may name a file holding the value instead. */
    public boolean secret() {
        return secret;
    }

    /** Whether {@code name} is one of these variables (a prefix one matches its whole family). */
    public static boolean known(String name) {
        for (EnvironmentOverride o : values()) {
            if (o.name().endsWith("_")
                    ? name.startsWith(o.variable()) && name.length() > o.variable().length()
                    : name.equals(o.variable())
                            || (o.secret && name.equals(o.variable() + "_FILE"))) {
                return true;
            }
        }
        return false;
    }
}
