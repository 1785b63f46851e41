package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.StringReader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.junit.jupiter.api.Test;

/**
 * An index created by an older version keeps its old strict mapping; installing the templates at
 * start adds the new fields to it, so upgraded code can write there.
 */
class IndexTemplatesIT {

    @Test
    void installingAddsNewFieldsToIndicesAnOlderVersionCreated() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String index = "huixiang-docs-1999.01";
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            // as an older version left it: no template of today, a strict mapping without region
            es.indices().deleteIndexTemplate(d -> d.name("huixiang-docs"));
            es.indices()
                    .create(
                            c ->
                                    c.index(index)
                                            .withJson(
                                                    new StringReader(
                                                            "{\"mappings\": {\"dynamic\": \"strict\","
                                                                    + " \"properties\": {\"id\": {\"type\": \"keyword\"}}}}")));
            try {
                assertThatThrownBy(
                                () ->
                                        es.index(
                                                i ->
                                                        i.index(index)
                                                                .id("x")
                                                                .withJson(
                                                                        new StringReader(
                                                                                "{\"id\": \"x\", \"region\": \"庆符镇\"}"))))
                        .isInstanceOf(ElasticsearchException.class)
                        .hasMessageContaining("strict");

                IndexTemplates.install(es, 0);

                assertThat(
                                es.index(
                                                i ->
                                                        i.index(index)
                                                                .id("x")
                                                                .withJson(
                                                                        new StringReader(
                                                                                "{\"id\": \"x\", \"region\": \"庆符镇\"}")))
                                        .result()
                                        .jsonValue())
                        .isEqualTo("created");
                assertThat(es.indices().existsIndexTemplate(t -> t.name("huixiang-docs")).value())
                        .isTrue();
            } finally {
                es.indices().delete(d -> d.index(index));
            }
        }
    }
}
