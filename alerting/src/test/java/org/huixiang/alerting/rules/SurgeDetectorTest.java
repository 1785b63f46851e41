package org.huixiang.alerting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.seeds.SurgeRule;
import org.junit.jupiter.api.Test;

class SurgeDetectorTest {

    static final Instant DAY0 = Instant.parse("2026-11-01T00:00:00Z");
    final SurgeDetector detector =
            new SurgeDetector(
                    new SurgeRule(
                            "s",
                            "surge",
                            Duration.ofHours(1),
                            Duration.ofDays(1),
                            3,
                            5,
                            RiskLevel.III));

    @Test
    void aQuietBaselineThenABurstFiresOnceAtTheMinimumCount() {
        SurgeDetector.State state = new SurgeDetector.State();
        // one document every three hours for a day: the baseline
        for (int h = 0; h < 24; h += 3) {
            assertThat(detector.add(state, DAY0.plus(Duration.ofHours(h)))).isNull();
        }
        Instant burst = DAY0.plus(Duration.ofHours(25));
        SurgeDetector.Reading reading = null;
        for (int i = 0; i < 5; i++) {
            reading = detector.add(state, burst.plus(Duration.ofMinutes(i)));
            if (i < 4) {
                assertThat(reading).as("document %d", i + 1).isNull();
            }
        }
        assertThat(reading).isNotNull();
        assertThat(reading.first()).isTrue();
        assertThat(reading.count()).isEqualTo(5);
        // 7 of the 8 baseline documents fall in the 24 windows before the burst (00:00 is older)
        assertThat(reading.mean()).isCloseTo(7 / 24.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(reading.why(detector.rule())).contains("1小时内 5 条");
        // the next document of the same episode is not news; half as many again is
        assertThat(detector.add(state, burst.plus(Duration.ofMinutes(6)))).isNull();
        assertThat(detector.add(state, burst.plus(Duration.ofMinutes(7)))).isNull();
        SurgeDetector.Reading grown = detector.add(state, burst.plus(Duration.ofMinutes(8)));
        assertThat(grown).isNotNull();
        assertThat(grown.first()).isFalse();
        assertThat(grown.episodeStart()).isEqualTo(reading.episodeStart());
    }

    @Test
    void aBusyTopicAtItsUsualLevelDoesNotFire() {
        SurgeDetector.State state = new SurgeDetector.State();
        SurgeDetector.Reading last = null;
        // ten documents every hour, steadily, for a day and a half
        for (int m = 0; m < 36 * 60; m += 6) {
            SurgeDetector.Reading r = detector.add(state, DAY0.plus(Duration.ofMinutes(m)));
            if (m > 26 * 60) {
                last = r == null ? last : r;
            }
        }
        assertThat(last).isNull();
    }
}
