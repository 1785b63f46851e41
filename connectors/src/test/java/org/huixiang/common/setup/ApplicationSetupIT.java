package org.huixiang.common.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.huixiang.common.kafka.Topics;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * What {@link ApplicationSetup} puts into a bare Kafka and Elasticsearch (here the shared embedded
 * stack, prepared by {@link AppStack}): every topic, the index templates with their analyzers and
 * mappings, and a retention that keeps replayed history.
 */
class ApplicationSetupIT {

    @Test
    void createsEveryTopicAndInstallsTheTemplates() throws Exception {
        DevStack stack = AppStack.get();
        try (Admin admin = admin(stack)) {
            assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL);
        }
        assertThat(Http.get(stack.elasticsearchUrl() + "/_index_template/huixiang-docs"))
                .contains("huixiang-docs-*")
                .contains("\"analyzer\":\"whitespace\"");
        assertThat(Http.get(stack.elasticsearchUrl() + "/huixiang-alerts/_mapping"))
                .contains("\"revision\"");
        for (String template : IndexTemplates.TEMPLATES) {
            assertThat(Http.get(stack.elasticsearchUrl() + "/_index_template/" + template))
                    .as("template " + template)
                    .contains("\"dynamic\":\"strict\"");
        }
        // the cases index exists before any case is written, with its strict mapping: a case
        // must never meet a dynamic one
        assertThat(Http.get(stack.elasticsearchUrl() + "/huixiang-cases/_mapping"))
                .contains("\"dynamic\":\"strict\"")
                .contains("\"lead_unit\":{\"type\":\"keyword\"}");
    }

    /**
     * A record stamped with a day in 2019, as a replay with --history-time writes it, goes to a
     * topic with the retention every huixiang topic has and to a control topic with the usual seven
     * days: the broker's retention check deletes it from the control topic and keeps it in the
     * other. (Fresh topics of this test: the application's own hold other tests' recent records,
     * which would keep their segments whatever the retention.)
     */
    @Test
    void keepsReplayedHistoryThatATimeLimitWouldDelete() throws Exception {
        DevStack stack = AppStack.get();
        long old = Instant.parse("2019-03-01T08:00:00Z").toEpochMilli();
        TopicPartition control = new TopicPartition("retention-control", 0);
        TopicPartition ours = new TopicPartition("retention-as-huixiang", 0);
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (Admin admin = admin(stack);
                var producer =
                        new KafkaProducer<>(
                                props, new StringSerializer(), new StringSerializer())) {
            Map<ConfigResource, Config> configs =
                    admin.describeConfigs(
                                    Topics.ALL.stream()
                                            .map(
                                                    t ->
                                                            new ConfigResource(
                                                                    ConfigResource.Type.TOPIC, t))
                                            .toList())
                            .all()
                            .get();
            List<String> retentions =
                    configs.values().stream()
                            .map(c -> c.get("retention.ms").value())
                            .distinct()
                            .toList();
            assertThat(retentions).as("every huixiang topic's retention.ms").containsExactly("-1");
            admin.createTopics(
                            List.of(
                                    new NewTopic(control.topic(), 1, (short) 1)
                                            .configs(Map.of("retention.ms", "604800000")),
                                    new NewTopic(ours.topic(), 1, (short) 1)
                                            .configs(Map.of("retention.ms", retentions.get(0)))))
                    .all()
                    .get();
            for (TopicPartition tp : List.of(control, ours)) {
                producer.send(new ProducerRecord<>(tp.topic(), 0, old, null, "2019")).get();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (earliest(admin, control) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(earliest(admin, control))
                    .as("the control topic's 2019 record was deleted by retention")
                    .isEqualTo(1);
            assertThat(earliest(admin, ours)).as("huixiang's retention keeps it").isZero();
        }
    }

    private static Admin admin(DevStack stack) {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        return Admin.create(props);
    }

    private static long earliest(Admin admin, TopicPartition tp) throws Exception {
        return admin.listOffsets(Map.of(tp, OffsetSpec.earliest())).all().get().get(tp).offset();
    }
}
