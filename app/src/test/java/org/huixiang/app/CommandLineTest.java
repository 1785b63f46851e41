package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.SeedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no running stack: seeds check and explain. */
class CommandLineTest {

    @TempDir Path dir;

    @Test
    void seedsCheckSummarizesTheShippedSeeds() {
        CliRun run = CliRun.run("seeds", "check");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("seeds OK")
                .contains("tasks     52")
                .contains("regions   13")
                .containsPattern("县政府办公室\\s+36 /");
    }

    @Test
    void seedsCheckFailsOnABrokenCopyAndSaysWhy() throws Exception {
        for (String file : SeedLoader.files(SeedSource.classpath())) {
            try (var in = SeedSource.classpath().open(file)) {
                Files.createDirectories(dir.resolve(file).getParent());
                Files.copy(in, dir.resolve(file));
            }
        }
        Files.writeString(
                dir.resolve(SeedLoader.REGIONS),
                Files.readString(dir.resolve(SeedLoader.REGIONS))
                        .replace("government: 嘉乐镇人民政府", "government: 嘉乐乡政府"));
        CliRun run = CliRun.run("seeds", "check", "--dir", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("regions.yaml: region 嘉乐镇.government: refers to unknown unit '嘉乐乡政府'");
    }

    @Test
    void configCheckPrintsTheSettingsInEffectWithoutSecrets() throws Exception {
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                """
                kafka:
                  bootstrap_servers: kafka-0.example:9093
                  properties: {sasl.jaas.config: "org.apache.kafka.common.security.plain.PlainLoginModule required username=u password=hunter2;"}
                elasticsearch: {hosts: [https://es.example:9200], username: huixiang, password: s3cret, replicas: 1}
                flink: {parallelism: 4, checkpoint_interval: 1m, checkpoint_dir: s3://ckpt/huixiang}
                """);
        CliRun run = CliRun.run("config", "check", "--config", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(file + ": OK")
                .contains("kafka-0.example:9093")
                .contains("sasl.jaas.config")
                .contains("[https://es.example:9200] as huixiang")
                .contains("replicas 1")
                .contains("parallelism 4, checkpoints every 60 s to s3://ckpt/huixiang")
                .contains("seeds: packaged")
                .doesNotContain("hunter2")
                .doesNotContain("s3cret");
    }

    @Test
    void configCheckListsEveryProblemAndFails() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(
                file,
                """
                kafka: {bootstrap_servers: kafka-0.example}
                flink: {paralelism: 4}
                """);
        CliRun run = CliRun.run("config", "check", "--config", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(file + ": 2 problem(s)")
                .contains(
                        "kafka.bootstrap_servers: 'kafka-0.example' is not host:port. Fix: write"
                                + " e.g. kafka-0.example:9092")
                .contains("flink.paralelism: is not a known key");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void configVariablesListsEveryOverride() {
        CliRun run = CliRun.run("config", "variables");
        assertThat(run.code()).isZero();
        for (var override : org.huixiang.common.config.EnvironmentOverride.values()) {
            assertThat(run.out()).contains(override.variable()).contains(override.key());
        }
    }

    @Test
    void explainShowsTopicUnitsJurisdictionContentLevelAndWhy() throws Exception {
        CliRun run = CliRun.run("explain", "庆符镇某工地拖欠工资半年，农民工讨薪无门，找人社局也没人管");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("劳动保障与欠薪")
                .contains("拖欠工资 3×1")
                .contains("牵头单位  县人力资源社会保障局")
                .contains("庆符镇人民政府")
                .contains("属地      本地 (local)，乡镇 庆符镇")
                .contains("文中提及本县：庆符镇")
                .contains("内容      诉求 (appeal)")
                .contains("等级    一般")
                .contains("预警      在预警范围内");

        CliRun elsewhere = CliRun.run("explain", "珙县巡场镇一煤矿发生瓦斯爆炸");
        assertThat(elsewhere.out())
                .contains("属地      外地 (elsewhere)")
                .contains("珙县（四川省宜宾市）")
                .contains("内容      事件 (incident)")
                .contains("预警      不在预警范围");

        CliRun json = CliRun.run("explain", "--json", "学校食堂饭菜变质，孩子吃了拉肚子");
        JsonNode analysis = CliRun.lastLineJson(json);
        assertThat(analysis.path("routing").path("lead_unit").asText()).isEqualTo("县教育体育局");
        assertThat(analysis.path("topics").get(0).path("matched_terms").size()).isPositive();
    }

    @Test
    void trainThenEvalEndToEndOnASmallLabelledSet() throws Exception {
        StringBuilder csv = new StringBuilder("content,category\n");
        String[][] rows = {
            {"学校食堂饭菜不卫生", "edu"}, {"老师在校外有偿补课", "edu"}, {"孩子入学的学区怎么划分", "edu"},
            {"幼儿园收费太高", "edu"}, {"学生课业负担太重", "edu"}, {"学校操场年久失修", "edu"},
            {"工厂偷排废水河里死鱼", "env"}, {"养猪场臭味太大", "env"}, {"工地扬尘严重", "env"},
            {"化工厂排放黑烟", "env"}, {"河水发黑发臭", "env"}, {"企业夜里偷偷排污", "env"}
        };
        for (String[] row : rows) {
            csv.append(row[0]).append(',').append(row[1]).append('\n');
        }
        Path data = dir.resolve("labelled.csv");
        Files.writeString(data, csv);
        Path model = dir.resolve("routing.model");
        CliRun train =
                CliRun.run(
                        "train",
                        "routing",
                        "--data",
                        data.toString(),
                        "--text-column",
                        "content",
                        "--label-column",
                        "category",
                        "--out",
                        model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("12 rows").contains("[edu, env]");

        CliRun eval =
                CliRun.run(
                        "eval",
                        "routing",
                        "--data",
                        data.toString(),
                        "--text-column",
                        "content",
                        "--label-column",
                        "category",
                        "--model",
                        model.toString(),
                        "--json");
        assertThat(eval.code()).as(eval.err()).isZero();
        JsonNode summary = CliRun.lastLineJson(eval);
        assertThat(summary.path("n").asInt()).isEqualTo(12);
        assertThat(summary.path("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(summary.path("macro_f1").asDouble()).isEqualTo(1.0);
        assertThat(summary.path("confusion").path("edu").path("edu").asInt()).isEqualTo(6);
        assertThat(eval.out()).contains("precision").contains("confusion");

        Path labels = dir.resolve("labels.yaml");
        Files.writeString(labels, "edu: [县教育体育局]\nenv: [县生态环境局]\n");
        CliRun combined =
                CliRun.run(
                        "eval",
                        "routing",
                        "--data",
                        data.toString(),
                        "--text-column",
                        "content",
                        "--label-column",
                        "category",
                        "--model",
                        model.toString(),
                        "--with-taxonomy",
                        "--label-map",
                        labels.toString(),
                        "--json");
        assertThat(combined.code()).as(combined.err()).isZero();
        JsonNode both = CliRun.lastLineJson(combined);
        assertThat(both.path("model").asText()).endsWith("+ taxonomy");
        assertThat(both.path("n").asInt()).isEqualTo(12);
        assertThat(both.path("accuracy").asDouble()).isGreaterThanOrEqualTo(0.75);

        CliRun wrongColumn =
                CliRun.run(
                        "train",
                        "routing",
                        "--data",
                        data.toString(),
                        "--text-column",
                        "body",
                        "--label-column",
                        "category",
                        "--out",
                        model.toString());
        assertThat(wrongColumn.code()).isNotZero();
        assertThat(wrongColumn.err())
                .contains("has no column 'body'")
                .contains("[content, category]");
    }
}
