package org.huixiang.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huixiang.devstack.internal.EmbeddedJvm;
import org.huixiang.devstack.internal.Preflight;
import org.huixiang.devstack.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real embedded stack three times on the same home: what must survive a restart, and
 * what a fresh start empties. What the application puts into it is tested with the application
 * ({@code ApplicationSetupIT}).
 */
class DevStackIT {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path home;

    /** A topic of this test's own: the stack knows nothing of the application's. */
    private static final String TOPIC = "devstack-it";

    @Test
    void startsKeepsDataAcrossRestartsStopsCleanlyAndStartsFresh() throws Exception {
        Files.setPosixFilePermissions(
                home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        DevStackSettings settings =
                new DevStackSettings(home, Preflight.freePort(), Preflight.freePort(), 512);
        long kafkaPid;
        long esPid;
        try (DevStack stack = DevStack.start(settings)) {
            kafkaPid = stack.kafka().pid();
            esPid = stack.elasticsearch().pid();
            assertThat(Http.get(stack.elasticsearchUrl() + "/_cluster/health"))
                    .contains("\"status\"");
            assertThat(
                            Http.get(
                                    stack.elasticsearchUrl()
                                            + "/_nodes/jvm?filter_path=**.input_arguments"))
                    .contains(EmbeddedJvm.JIT);
            // ProcessHandle.Info gives no arguments for a command line this long; /proc does
            assertThat(
                            Files.readString(Path.of("/proc", Long.toString(kafkaPid), "cmdline"))
                                    .split("\0"))
                    .contains(EmbeddedJvm.JIT);
            produce(stack, "survives-restart");
        }
        assertThat(ProcessHandle.of(kafkaPid)).isEmpty();
        assertThat(ProcessHandle.of(esPid)).isEmpty();

        try (DevStack again = DevStack.start(settings)) {
            assertThat(latestOffset(again, TOPIC)).isEqualTo(1);

            assertThatThrownBy(
                            () ->
                                    KafkaBroker.start(
                                            home.resolve("other"),
                                            settings.kafkaPort(),
                                            Preflight.freePort()))
                    .isInstanceOf(DevStackException.class)
                    .hasMessageContaining("port " + settings.kafkaPort())
                    .hasMessageContaining("already in use");
        }

        Path checkpoint = settings.checkpointsDir().resolve("job-1/chk-3/_metadata");
        Files.createDirectories(checkpoint.getParent());
        Files.writeString(checkpoint, "offsets of topics about to be emptied");
        try (DevStack fresh = DevStack.startFresh(settings)) {
            assertThat(topics(fresh)).doesNotContain(TOPIC);
        }
        assertThat(settings.checkpointsDir()).doesNotExist();
        assertThat(settings.distributionDir()).isDirectory();
    }

    private static long latestOffset(DevStack stack, String topic) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.listOffsets(Map.of(new TopicPartition(topic, 0), OffsetSpec.latest()))
                    .all()
                    .get()
                    .values()
                    .iterator()
                    .next()
                    .offset();
        }
    }

    @Test
    void refusesACorruptDistributionWithTheFix() throws Exception {
        Path zip = home.resolve("elasticsearch-" + ElasticsearchDistribution.version() + ".zip");
        Files.write(zip, new byte[] {'P', 'K', 1, 2, 3});
        assertThatThrownBy(() -> ElasticsearchDistribution.verify(zip))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("not a readable zip")
                .hasMessageContaining("HUIXIANG_ES_DISTRIBUTION");
        Files.writeString(
                zip.resolveSibling(zip.getFileName() + ".sha1"),
                "0123456789abcdef0123456789abcdef01234567");
        assertThatThrownBy(() -> ElasticsearchDistribution.verify(zip))
                .hasMessageContaining("is corrupt");
        assertThatThrownBy(() -> ElasticsearchDistribution.verify(home.resolve("missing.zip")))
                .hasMessageContaining("not found");
    }

    @Test
    void explainsAnElasticsearchThatCannotStartWithTheLastLinesOfItsLog() throws Exception {
        Files.setPosixFilePermissions(
                home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        // a 1 MB heap makes the server JVM refuse to start: a real start-up failure, quickly
        assertThatThrownBy(
                        () ->
                                ElasticsearchNode.start(
                                        home.resolve("es"),
                                        home.resolve("dist"),
                                        Preflight.freePort(),
                                        Preflight.freePort(),
                                        1))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("Elasticsearch exited during start-up")
                .hasMessageContaining("Last lines of")
                .hasMessageContaining("heap");
    }

    @Test
    void refusesToStartWithTooLittleDisk() {
        assertThatThrownBy(() -> Preflight.requireFreeSpace(home, Long.MAX_VALUE, "Elasticsearch"))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("MB free under " + home)
                .hasMessageContaining("Elasticsearch needs at least");
    }

    private static Set<String> topics(DevStack stack) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.listTopics().names().get();
        }
    }

    private static void produce(DevStack stack, String value) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props);
                var producer =
                        new KafkaProducer<>(
                                props, new StringSerializer(), new StringSerializer())) {
            // the broker creates no topic on its own (auto.create.topics.enable=false)
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            producer.send(new ProducerRecord<>(TOPIC, value)).get();
        }
    }
}
