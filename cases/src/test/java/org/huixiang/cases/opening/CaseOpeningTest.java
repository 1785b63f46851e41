package org.huixiang.cases.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.appeal.AppealClassifier;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.AppealType;
import org.huixiang.common.model.CaseState;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Cases opened from messages analyzed by the real analyzer, on the shipped seeds. */
class CaseOpeningTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Seeds SEEDS = SeedLoader.loadDefault();
    private static final CountyAnalyzer ANALYZER = new CountyAnalyzer(SEEDS);
    private static final CaseOpening OPENING =
            new CaseOpening(SEEDS, new AppealClassifier(), CHINA);

    private static Instant china(int y, int m, int d, int h) {
        return ZonedDateTime.of(y, m, d, h, 0, 0, 0, CHINA).toInstant();
    }

    private static AnalyzedDocument message(String source, String text, Instant received) {
        Document d =
                Document.builder(
                                "d-" + Math.abs(text.hashCode()), DocumentKind.MESSAGE, source, "1")
                        .text(text)
                        .at(received)
                        .origin(new Origin("huixiang.raw.messages", 0, 1, received.toEpochMilli()))
                        .build();
        return new AnalyzedDocument(d, ANALYZER.analyze(d));
    }

    @Test
    void aComplaintBeforeNationalDayIsDueFiveWorkingDaysAfterIt() {
        Instant received = china(2025, 9, 30, 10);
        AnalyzedDocument m = message("12345", "我要投诉庆符镇某企业拖欠工资三个月，工人多次讨要无果", received);
        CitizenCase c = OPENING.open(m);

        assertThat(c.id()).isEqualTo(CitizenCase.idOf(m.document().id()));
        assertThat(c.appeal().type()).isEqualTo(AppealType.COMPLAINT);
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.revision()).isEqualTo(1);
        assertThat(c.openedAt()).isEqualTo(received);
        assertThat(c.deadlines().acknowledge()).isEqualTo(received.plus(Duration.ofHours(2)));
        // 10-09, 10-10, 10-11 (调休 Saturday), 10-13, 10-14
        assertThat(c.deadlines().respond()).isEqualTo(china(2025, 10, 15, 0));
        assertThat(c.limit()).isEqualTo("5 个工作日");
        assertThat(c.leadUnit()).isEqualTo(m.analysis().routing().leadUnit());
        assertThat(c.responsibleUnits()).doesNotContain(c.leadUnit());
        assertThat(c.region()).isEqualTo("庆符镇");
    }

    @Test
    void theLeaveAMessageBoardHasItsOwnLimits() {
        CitizenCase c = OPENING.open(message("留言板", "我要投诉沙河镇某砂石场夜间施工噪音扰民", china(2026, 3, 2, 9)));
        assertThat(c.appeal().type()).isEqualTo(AppealType.COMPLAINT);
        assertThat(c.limit()).isEqualTo("10 个工作日");
        // Mon 03-02: ten working days end with Mon 03-16
        assertThat(c.deadlines().respond()).isEqualTo(china(2026, 3, 17, 0));
    }

    @Test
    void aMessageTheAnalyzerCouldNotRouteStillReachesAUnit() {
        CitizenCase c = OPENING.open(message("12345", "你好，想问一下", china(2026, 3, 2, 9)));
        assertThat(c.leadUnit()).isNotBlank();
        assertThat(SEEDS.units().stream().map(u -> u.name())).contains(c.leadUnit());
    }

    @Test
    void urgentHelpIsDueInHoursWhateverTheDay() {
        Instant received = china(2026, 2, 17, 22);
        CitizenCase c = OPENING.open(message("12345", "紧急求助！老人被困在二楼，楼下着火了，救命", received));
        assertThat(c.appeal().type()).isEqualTo(AppealType.URGENT_HELP);
        assertThat(c.deadlines().respond()).isEqualTo(received.plus(Duration.ofHours(2)));
        assertThat(c.deadlines().acknowledge()).isEqualTo(received.plus(Duration.ofHours(2)));
    }

    @Test
    void aPostOpensNoCaseAndAYearWithoutItsCalendarIsNamed() {
        Document post =
                Document.builder("p1", DocumentKind.POST, "weibo", "1")
                        .text("庆符镇停水了")
                        .at(china(2026, 3, 2, 9))
                        .build();
        assertThatThrownBy(() -> OPENING.open(new AnalyzedDocument(post, ANALYZER.analyze(post))))
                .isInstanceOf(IllegalArgumentException.class);
        int next =
                SEEDS.calendar().years().stream().mapToInt(Integer::intValue).max().orElseThrow()
                        + 1;
        assertThatThrownBy(
                        () ->
                                OPENING.open(
                                        message("12345", "我要投诉路灯坏了", china(next - 1, 12, 30, 9))))
                .isInstanceOf(WorkingCalendar.MissingYear.class)
                .hasMessageContaining("seeds/calendar/" + next + ".yaml");
    }
}
