package org.huixiang.common.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {

    @TempDir Path dir;

    @Test
    void loadsTheShippedSeeds() {
        Seeds seeds = SeedLoader.loadDefault();
        assertThat(seeds.regions()).hasSize(13);
        assertThat(seeds.units()).hasSizeGreaterThan(40);
        assertThat(seeds.topics()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(seeds.defaultUnit()).isEqualTo("县政府办公室");
        assertThat(seeds.unitName("教体局")).contains("县教育体育局");
        assertThat(seeds.unitName("派出所")).contains("县公安局");
        assertThat(seeds.deadlines(RiskLevel.I).authoritativeRelease())
                .isEqualTo(Duration.ofHours(5));
        assertThat(seeds.deadlines(RiskLevel.II).pressConference()).isEqualTo(Duration.ofHours(24));
        assertThat(seeds.deadlines(RiskLevel.IV).respond()).isEqualTo(Duration.ofHours(48));
        assertThat(seeds.deadlines(RiskLevel.IV, "12345").acknowledge())
                .isEqualTo(Duration.ofHours(1));
        assertThat(seeds.deadlines(RiskLevel.I, "12345").acknowledge())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(seeds.deadlines(RiskLevel.IV, "weibo")).isEqualTo(seeds.deadlines(RiskLevel.IV));
        assertThat(seeds.dictionaryTerms()).contains("庆符镇", "乡村振兴", "县人力资源社会保障局", "双随机一公开");
    }

    @Test
    void reportsAnUnknownUnitWithFileEntryAndFix() throws IOException {
        copyShippedSeeds();
        replace(SeedLoader.TOPICS, "lead: 县教育体育局", "lead: 县教育局局");
        assertThatThrownBy(() -> SeedLoader.load(SeedSource.directory(dir)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(
                        "topics.yaml: topic education.lead: refers to unknown unit '县教育局局'")
                .hasMessageContaining("Fix:");
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        copyShippedSeeds();
        replace(SeedLoader.UNITS, "aliases: [县发改局, 发改局, 发展改革局]", "aliases: [县发改局, 教体局, 发展改革局]");
        replace(SeedLoader.SLA, "acknowledge: 2h,", "acknowledge: two hours,");
        replace(SeedLoader.TOPICS, "keywords: {审计: 3, 审计整改: 3, 经济责任审计: 3}", "keywords: {}");
        replace(SeedLoader.RULES, "min_level: II\n", "min_level: V\n");
        replace(SeedLoader.TOPICS, "  - id: tax\n", "  - id: audit\n");
        SeedException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SeedException.class, () -> SeedLoader.load(SeedSource.directory(dir)));
        assertThat(e.problems()).hasSize(5);
        assertThat(e.getMessage())
                .contains("alias '教体局' is used twice")
                .contains("levels.III.acknowledge: 'two hours' is not a duration")
                .contains("topic audit: has no keywords")
                .contains("rule severe-risk.min_level: 'V' is not allowed")
                .contains("topic audit: id is used twice");
    }

    @Test
    void reportsAnAliasThatPointsAtAnotherUnit() throws IOException {
        copyShippedSeeds();
        replace(SeedLoader.UNITS, "aliases: [审计局]", "aliases: [县财政局]");
        assertThatThrownBy(() -> SeedLoader.load(SeedSource.directory(dir)))
                .hasMessageContaining(
                        "units.yaml: unit 县审计局: alias '县财政局' is the name of another unit");
    }

    @Test
    void reportsBrokenTaskRows() throws IOException {
        copyShippedSeeds();
        replace(SeedLoader.TASKS, "  - row: 2\n", "  - row: 3\n");
        replace(SeedLoader.TASKS, "deadline: 2023-07-20", "deadline: 7月20日");
        replace(SeedLoader.TASKS, "lead: [县经信科技局]", "lead: [县科委]");
        replace(SeedLoader.TASKS, "responsible: [县退役军人局]", "responsible: [各乡]");
        replace(SeedLoader.TOPICS, "tasks: [10]", "tasks: [99]");
        SeedException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SeedException.class, () -> SeedLoader.load(SeedSource.directory(dir)));
        assertThat(e.getMessage())
                .contains("tasks.yaml: row 3: is out of order (expected row 2)")
                .contains("tasks.yaml: row 16.deadline: '7月20日' is not a date")
                .contains("tasks.yaml: row 3.lead: refers to unknown unit '县科委'")
                .contains("tasks.yaml: row 4.responsible: refers to unknown unit '各乡'")
                .contains("topics.yaml: topic audit.tasks: row '99' is not in tasks.yaml");
    }

    @Test
    void loadsTheAlertRulesAndTheResponsePolicy() {
        Seeds seeds = SeedLoader.loadDefault();
        assertThat(seeds.rules().documents())
                .extracting(DocumentRule::id)
                .containsExactly(
                        "severe-risk",
                        "mass-incident-watch",
                        "school-safety",
                        "local-appeal",
                        "local-incident",
                        "watch-list");
        DocumentRule school = seeds.rules().documents().get(2);
        assertThat(school.keywordGroups()).hasSize(2);
        assertThat(seeds.rules().documents().get(3).content()).containsExactly(ContentLabel.APPEAL);
        assertThat(seeds.rules().documents().get(5).alertLevel()).isEqualTo(RiskLevel.IV);
        assertThat(seeds.rules().scope().jurisdictions()).containsExactly(JurisdictionScope.LOCAL);
        assertThat(seeds.rules().scope().content())
                .containsExactlyInAnyOrder(ContentLabel.APPEAL, ContentLabel.INCIDENT);
        assertThat(seeds.rules().events())
                .singleElement()
                .extracting(EventRule::within)
                .isEqualTo(Duration.ofHours(1));
        SurgeRule surge = seeds.rules().surges().get(0);
        assertThat(surge.baseline()).isEqualTo(Duration.ofDays(7));
        assertThat(surge.minCount()).isEqualTo(8);
        assertThat(seeds.response().team()).isEqualTo("县政府办公室");
        assertThat(seeds.response().reminderAt()).isEqualTo(0.8);
    }

    @Test
    void reportsBrokenAlertRulesAndResponsePolicy() throws IOException {
        copyShippedSeeds();
        replace(
                SeedLoader.RULES,
                "    window: 1h\n    baseline: 7d\n",
                "    window: 1h\n    baseline: 2h\n");
        replace(SeedLoader.RULES, "    min_documents: 5\n", "    min_documents: many\n");
        replace(
                SeedLoader.RULES,
                "    content: [appeal]\n",
                "    content: [appeal]\n    topics: [no-such-topic]\n");
        replace(SeedLoader.SLA, "  team: 县政府办公室", "  team: 舆情组");
        replace(SeedLoader.SLA, "  reminder_at: 0.8", "  reminder_at: 1.5");
        SeedException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SeedException.class, () -> SeedLoader.load(SeedSource.directory(dir)));
        assertThat(e.problems()).hasSize(5);
        assertThat(e.getMessage())
                .contains(
                        "rules.yaml: rule topic-region-surge.baseline: is shorter than three windows")
                .contains(
                        "rules.yaml: rule fast-growing-event.min_documents: 'many' is not a whole number")
                .contains("rules.yaml: rule local-appeal.topics: 'no-such-topic' is unknown")
                .contains("sla.yaml: response.team: refers to unknown unit '舆情组'")
                .contains("sla.yaml: response.reminder_at: '1.5' is not between 0 and 1");
    }

    @Test
    void loadsTheOfficialTownsVillagesAndSeverityCriteria() {
        Seeds seeds = SeedLoader.loadDefault();
        assertThat(seeds.county().code()).isEqualTo("511525");
        assertThat(seeds.county().towns())
                .containsExactly(
                        "文江镇", "庆符镇", "沙河镇", "嘉乐镇", "罗场镇", "蕉村镇", "可久镇", "来复镇", "月江镇", "胜天镇", "复兴镇",
                        "落润镇", "庆岭镇");
        assertThat(seeds.regions())
                .extracting(Region::name)
                .containsExactlyElementsOf(seeds.county().towns());
        assertThat(seeds.county().villages()).hasSize(218);
        assertThat(seeds.county().villages())
                .filteredOn(v -> v.name().equals("腾龙社区"))
                .singleElement()
                .extracting(CountyGazetteer.Village::town)
                .isEqualTo("文江镇");
        assertThat(seeds.severity().criteria())
                .anyMatch(
                        c ->
                                c.evidence() == SeverityPolicy.Evidence.DEATHS
                                        && c.level() == RiskLevel.I
                                        && c.atLeast() == 30);
        assertThat(seeds.severity().uncorroboratedAtMost()).isEqualTo(RiskLevel.II);
    }

    @Test
    void refusesTownsThatAreNotTheOfficialOnes() throws IOException {
        copyShippedSeeds();
        replace(
                SeedLoader.REGIONS,
                "  - {name: 庆岭镇, aliases: [庆岭], government: 庆岭镇人民政府}\n",
                "  - {name: 大窝镇, aliases: [大窝], government: 庆岭镇人民政府}\n");
        SeedException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SeedException.class, () -> SeedLoader.load(SeedSource.directory(dir)));
        assertThat(e.getMessage())
                .contains(
                        "regions.yaml: region 大窝镇: is not a town of the county in gazetteer/county.yaml")
                .contains("regions.yaml: regions: the official town 庆岭镇 is missing");
    }

    @Test
    void reportsBrokenSeverityCriteriaAndAMissingScope() throws IOException {
        copyShippedSeeds();
        replace(
                SeedLoader.SEVERITY,
                "{evidence: deaths, level: I, at_least: 30,",
                "{evidence: corpses, level: I, at_least: 0,");
        replace(
                SeedLoader.RULES,
                "scope:\n  jurisdictions: [local]\n",
                "scope_of_alerts:\n  jurisdictions: [local]\n");
        SeedException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SeedException.class, () -> SeedLoader.load(SeedSource.directory(dir)));
        assertThat(e.getMessage())
                .contains("severity.yaml: criteria[0].evidence: 'corpses' is not allowed")
                .contains("severity.yaml: criteria[0].at_least: is missing or below 1")
                .contains("rules.yaml: scope: is missing");
    }

    @Test
    void reportsAMissingFile() throws IOException {
        copyShippedSeeds();
        Files.delete(dir.resolve(SeedLoader.REGIONS));
        assertThatThrownBy(() -> SeedLoader.load(SeedSource.directory(dir)))
                .hasMessageContaining("regions.yaml: (file): cannot be read");
    }

    @Test
    void reportsACaseLimitThatIsNeitherDaysNorHours() throws IOException {
        copyShippedSeeds();
        replace(SeedLoader.SLA, "respond: {紧急求助: 2h, 咨询: 1,", "respond: {紧急求助: soon, 咨讯: 1,");
        assertThatThrownBy(() -> SeedLoader.load(SeedSource.directory(dir)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(
                        "sla.yaml: cases.respond.紧急求助: 'soon' is neither working days nor a duration")
                .hasMessageContaining("sla.yaml: cases.respond.咨讯: is no appeal type")
                .hasMessageContaining("sla.yaml: cases.respond.咨询: is missing");
    }

    @Test
    void reportsACalendarThatWouldMiscountWorkingDays() throws IOException {
        copyShippedSeeds();
        // a weekday listed as a working weekend, a day off of another year, a gap of a year
        replace("calendar/2025.yaml", "国庆节: [2025-09-28, 2025-10-11]", "国庆节: [2025-09-29]");
        replace("calendar/2024.yaml", "元旦: [2024-01-01]", "元旦: [2025-01-01]");
        Files.delete(dir.resolve("calendar/2018.yaml"));
        assertThatThrownBy(() -> SeedLoader.load(SeedSource.directory(dir)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(
                        "calendar/2025.yaml: working_weekends 2025-09-29: is a MONDAY, not a weekend day")
                .hasMessageContaining("calendar/2024.yaml: days_off.元旦: 2025-01-01 is not in 2024")
                .hasMessageContaining(
                        "calendar/2018.yaml: (file): is missing between 2017 and 2019");
    }

    private void copyShippedSeeds() throws IOException {
        for (String file : SeedLoader.files(SeedSource.classpath())) {
            try (InputStream in = SeedSource.classpath().open(file)) {
                Files.createDirectories(dir.resolve(file).getParent());
                Files.copy(in, dir.resolve(file));
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(file));
        assertThat(text).as("fixture text in " + file).contains(from);
        Files.writeString(dir.resolve(file), text.replace(from, to));
    }
}
