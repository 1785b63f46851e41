package org.huixiang.common.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

    @Test
    void tokensTooLongToBeWordsAreNotIndexed() {
        String run = "a".repeat(100_000);
        assertThat(SearchDocument.words(List.of("庆符镇", run, "停水", "b".repeat(65), "c".repeat(64))))
                .containsExactly("庆符镇", "停水", "c".repeat(64));
    }
}
