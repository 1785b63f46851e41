package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertNamingsTest {

    private final AlertNamings namings =
            new AlertNamings(Map.of("a", 1_000L, "b", 2_000L, "c", 3_000L, "d", 4_000L));

    @Test
    void anOpeningCountsOnlyTheDocumentThatOpenedIt() {
        namings.observe(1, List.of("a", "c", "b", "warm-up-doc"), 3_500);

        assertThat(namings.caused().samples()).isEqualTo(1);
        assertThat(namings.caused().max()).isEqualTo(500);
        Latencies members = namings.namedAtOpening();
        assertThat(members.samples()).isEqualTo(2);
        assertThat(members.max()).isEqualTo(2_500);
    }

    @Test
    void everyDocumentFirstNamedInALaterRevisionCounts() {
        namings.observe(1, List.of("a"), 1_200);
        namings.observe(2, List.of("a", "b", "c"), 3_900);

        Latencies caused = namings.caused();
        assertThat(caused.samples()).isEqualTo(3);
        assertThat(caused.max()).isEqualTo(1_900);
        assertThat(namings.namedAtOpening().samples()).isZero();
    }

    @Test
    void onlyTheFirstNamingOfADocumentCounts() {
        namings.observe(1, List.of("a", "b"), 2_100);
        namings.observe(3, List.of("a", "b", "d"), 4_300);
        namings.observe(1, List.of("b", "d"), 9_000);

        assertThat(namings.caused().samples()).isEqualTo(2); // b at its opening, d joining
        assertThat(namings.caused().max()).isEqualTo(300);
        assertThat(namings.namedAtOpening().samples()).isEqualTo(1); // a
    }
}
