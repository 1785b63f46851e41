package org.huixiang.common.setup;

import java.util.List;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.huixiang.common.kafka.TopicSetup;

/**
 * What the application needs in place before it runs: its index templates in Elasticsearch (always
 * installed, so a new version's mappings take effect at the next index), and, where no operator
 * manages them (Strimzi's KafkaTopic does on Kubernetes), its Kafka topics.
 */
public final class ApplicationSetup {

    private ApplicationSetup() {}

    /**
     * @param topicReplication replication of topics created here, or 0 to create none
     * @return the topics created now
     */
    public static List<String> prepare(HuixiangConfig config, short topicReplication)
            throws Exception {
        List<String> created =
                topicReplication > 0
                        ? TopicSetup.ensure(
                                config.kafka().clientProperties(),
                                config.flink().parallelism(),
                                topicReplication)
                        : List.of();
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            IndexTemplates.install(clients.sync(), config.replicas());
        }
        return created;
    }
}
