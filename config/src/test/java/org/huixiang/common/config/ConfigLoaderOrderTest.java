package org.huixiang.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins what {@code huixiang config check} prints, in its order: the sections are read by separate
 * readers, and an operator fixing a file top to bottom should meet the problems in the file's
 * order, each once, and the overrides in the order they were read.
 */
class ConfigLoaderOrderTest {

    @TempDir Path dir;

    @Test
    void everyProblemOfEverySectionIsReportedOnceInTheOrderTheSectionsAreRead() throws Exception {
        Path missing = dir.resolve("missing");
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                """
                kafka: {bootstrap_servers: "no-port"}
                elasticsearch:
                  hosts: [ftp://es.example]
                  username: me
                  ca_certificate: %1$s
                  ca_fingerprint: "12:ab"
                  replicas: -1
                flink: {parallelism: 0, checkpoint_interval: soon, event_time: yesterday}
                seeds_dir: %1$s
                analysis: {routing_model: %1$s}
                notifications:
                  attempts: 0
                  first_pause: later
                  timeout: never
                  webhooks:
                    - {name: a, format: slack, url: "ftp://x.example", unit: [x]}
                    - {name: b}
                  email: {smtp_port: x, recipients: {}}
                console: {port: 0, session_ttl: long, admin_password_file: %1$s}
                intake: {port: http, tokens_file: %1$s}
                surprise: true
                """
                        .formatted(missing));

        ConfigException e =
                catchThrowableOfType(
                        () -> ConfigLoader.load(file, Map.of()), ConfigException.class);

        String f = file + ": ";
        String m = "'" + missing + "'";
        assertThat(e.problems())
                .containsExactly(
                        f
                                + "surprise: is not a known key. Fix: use one of [analysis,"
                                + " console, elasticsearch, flink, intake, kafka, notifications,"
                                + " seeds_dir]",
                        f
                                + "notifications.webhooks[0].unit: is not a known key. Fix: use one"
                                + " of [escalations_only, format, name, units, url, url_env]",
                        f
                                + "kafka.bootstrap_servers: 'no-port' is not host:port. Fix: write"
                                + " e.g. kafka-0.example:9092",
                        f
                                + "elasticsearch.hosts: 'ftp://es.example' is not an http(s) URL."
                                + " Fix: write e.g. https://es.example:9200",
                        f
                                + "elasticsearch.password: is missing while a username is set."
                                + " Fix: set HUIXIANG_ELASTICSEARCH_PASSWORD or"
                                + " elasticsearch.password_file",
                        f
                                + "elasticsearch.ca_certificate: cannot read "
                                + m
                                + ". Fix: point it at a readable PEM file",
                        f
                                + "elasticsearch.ca_fingerprint: is not a SHA-256 fingerprint. Fix:"
                                + " copy the 64 hex digits Elasticsearch printed at its first start"
                                + " (colons allowed)",
                        f + "elasticsearch.replicas: is -1. Fix: use a number of at least 0",
                        f + "flink.parallelism: is 0. Fix: use a number of at least 1",
                        f
                                + "flink.checkpoint_interval: 'soon' is not a duration; write e.g."
                                + " 30m, 5h, 2d or PT5H. Fix: write e.g. 10s",
                        f
                                + "flink.event_time: 'yesterday' is neither live nor replay. Fix:"
                                + " write live for a running system, replay to replay history",
                        f
                                + "seeds_dir: "
                                + m
                                + " is not a folder. Fix: point it at a folder holding units.yaml,"
                                + " topics.yaml, …",
                        f
                                + "analysis.routing_model: "
                                + m
                                + " is not a readable file. Fix: point it at a model written by"
                                + " `huixiang train routing --out`",
                        f
                                + "notifications.webhooks[0].format: 'slack' is not a known format."
                                + " Fix: use generic, wecom (企业微信) or dingtalk (钉钉)",
                        f
                                + "notifications.webhooks[0].url: 'ftp://x.example' is not an"
                                + " http(s) URL. Fix: write the full URL",
                        f
                                + "notifications.webhooks[1]: has neither url nor url_env. Fix:"
                                + " give the URL, or url_env naming a variable that holds it"
                                + " (keeps robot keys out of files)",
                        f
                                + "notifications.email: needs smtp_host and from. Fix: name the SMTP"
                                + " server and the sender address, or remove the section",
                        f
                                + "notifications.email.recipients: is empty. Fix: map unit names to"
                                + " addresses, e.g. 县水利局: [duty@water.example]",
                        f
                                + "notifications.email.smtp_port: 'x' is not a whole number. Fix:"
                                + " write a number such as 1",
                        f + "notifications.attempts: is 0. Fix: use a number of at least 1",
                        f
                                + "notifications.first_pause: 'later' is not a duration; write e.g."
                                + " 30m, 5h, 2d or PT5H. Fix: write e.g. 10s",
                        f
                                + "notifications.timeout: 'never' is not a duration; write e.g. 30m,"
                                + " 5h, 2d or PT5H. Fix: write e.g. 10s",
                        f + "console.port: is 0. Fix: use a number of at least 1",
                        f
                                + "console.admin_password_file: cannot read "
                                + m
                                + ". Fix: point it at a readable file holding only the secret",
                        f
                                + "console.session_ttl: 'long' is not a duration; write e.g. 30m,"
                                + " 5h, 2d or PT5H. Fix: write e.g. 10s",
                        f
                                + "intake.tokens_file: "
                                + m
                                + " is not a readable file. Fix: point it at a file of 'producer"
                                + " token' lines (see README, Intake)",
                        f
                                + "intake.port: 'http' is not a whole number. Fix: write a number"
                                + " such as 1");
    }

    @Test
    void unknownKeysComeFirstSectionBySection() throws Exception {
        Path file = dir.resolve("typos.yaml");
        // written in another order than HuixiangConfig's: the report follows HuixiangConfig
        Files.writeString(
                file,
                """
                intake: {prot: 1}
                console: {hots: x}
                notifications: {retries: 1, email: {host: m}, webhooks: [{link: x}]}
                analysis: {model: x}
                flink: {paralelism: 4}
                elasticsearch: {host: x}
                kafka: {servers: x}
                """);
        ConfigException e =
                catchThrowableOfType(
                        () -> ConfigLoader.load(file, Map.of()), ConfigException.class);
        assertThat(e.problems())
                .filteredOn(p -> p.contains("is not a known key"))
                .extracting(p -> p.substring(file.toString().length() + 2, p.indexOf(": is")))
                .containsExactly(
                        "kafka.servers",
                        "elasticsearch.host",
                        "flink.paralelism",
                        "analysis.model",
                        "notifications.retries",
                        "notifications.email.host",
                        "notifications.webhooks[0].link",
                        "console.hots",
                        "intake.prot");
        assertThat(e.problems().subList(0, 9)).allMatch(p -> p.contains("is not a known key"));
    }

    @Test
    void overridesAreListedInTheOrderTheyWereRead() throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens"), "feed 0123456789abcdef01234567\n");
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                "notifications: {email: {from: a@b.example, recipients: {县水利局: [c@d.example]}}}\n");
        Map<String, String> env = new java.util.HashMap<>();
        env.put("HUIXIANG_SMTP_PASSWORD_FILE", tokens.toString());
        env.put("HUIXIANG_INTAKE_TOKENS_FILE", tokens.toString());
        env.put("HUIXIANG_INTAKE_PORT", "9001");
        env.put("HUIXIANG_CONSOLE_PORT", "9000");
        env.put("HUIXIANG_SMTP_HOST", "smtp.example");
        env.put("HUIXIANG_EVENT_TIME", "replay");
        env.put("HUIXIANG_FLINK_PARALLELISM", "6");
        env.put("HUIXIANG_ELASTICSEARCH_REPLICAS", "1");
        env.put("HUIXIANG_ELASTICSEARCH_API_KEY", "key");
        env.put("HUIXIANG_ELASTICSEARCH_HOSTS", "https://e1.example:9200");
        env.put("HUIXIANG_KAFKA_GROUP_ID", "g");
        env.put("HUIXIANG_KAFKA_PROPERTY_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("HUIXIANG_KAFKA_BOOTSTRAP_SERVERS", "k.example:9093");

        assertThat(ConfigLoader.check(file, env).overrides())
                .containsExactly(
                        EnvironmentOverride.KAFKA_BOOTSTRAP_SERVERS,
                        EnvironmentOverride.KAFKA_PROPERTY_,
                        EnvironmentOverride.KAFKA_GROUP_ID,
                        EnvironmentOverride.ELASTICSEARCH_HOSTS,
                        EnvironmentOverride.ELASTICSEARCH_API_KEY,
                        EnvironmentOverride.ELASTICSEARCH_REPLICAS,
                        EnvironmentOverride.FLINK_PARALLELISM,
                        EnvironmentOverride.EVENT_TIME,
                        EnvironmentOverride.SMTP_HOST,
                        EnvironmentOverride.SMTP_PASSWORD,
                        EnvironmentOverride.CONSOLE_PORT,
                        EnvironmentOverride.INTAKE_TOKENS_FILE,
                        EnvironmentOverride.INTAKE_PORT);
    }

    @Test
    void problemsWithTheFileItselfStopBeforeAnySectionIsRead() {
        Path missing = dir.resolve("nowhere.yaml");
        ConfigException e =
                catchThrowableOfType(
                        () -> ConfigLoader.check(missing, Map.of()), ConfigException.class);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0))
                .startsWith(missing + ": cannot be read (")
                .endsWith("). Fix: pass an existing YAML file to --config");
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        assertThat(ConfigLoader.load(empty, Map.of())).isEqualTo(ConfigLoader.load(null, Map.of()));
        assertThat(List.of()).isEqualTo(ConfigLoader.check(empty, Map.of()).overrides());
    }
}
