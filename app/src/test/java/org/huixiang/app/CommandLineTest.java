package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huixiang.app.cli.Main;
import org.huixiang.common.json.Json;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.SeedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no running stack: seeds check and explain. */
class CommandLineTest {

    @TempDir Path dir;

    @Test
    void seedsCheckSummarizesTheShippedSeeds() {
        Run run = run("seeds", "check");
        assertThat(run.code).isZero();
        assertThat(run.out)
                .contains("seeds OK")
                .contains("tasks     52")
                .contains("regions   13")
                .containsPattern("县政府办公室\\s+36 /");
    }

    @Test
    void seedsCheckFailsOnABrokenCopyAndSaysWhy() throws Exception {
        for (String file :
                new String[] {
                    SeedLoader.UNITS,
                    SeedLoader.REGIONS,
                    SeedLoader.TOPICS,
                    SeedLoader.SLA,
                    SeedLoader.RULES,
                    SeedLoader.TASKS
                }) {
            try (var in = SeedSource.classpath().open(file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        Files.writeString(
                dir.resolve(SeedLoader.REGIONS),
                Files.readString(dir.resolve(SeedLoader.REGIONS))
                        .replace("government: 嘉乐镇人民政府", "government: 嘉乐乡政府"));
        Run run = run("seeds", "check", "--dir", dir.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err)
                .contains("regions.yaml: region 嘉乐镇.government: refers to unknown unit '嘉乐乡政府'");
    }

    @Test
    void explainShowsTopicUnitsRegionAndWhy() throws Exception {
        Run run = run("explain", "庆符镇某工地拖欠工资半年，农民工讨薪无门，找人社局也没人管");
        assertThat(run.code).isZero();
        assertThat(run.out)
                .contains("劳动保障与欠薪")
                .contains("拖欠工资 3×1")
                .contains("牵头单位  县人力资源社会保障局")
                .contains("庆符镇人民政府")
                .contains("属地      庆符镇");

        Run json = run("explain", "--json", "学校食堂饭菜变质，孩子吃了拉肚子");
        JsonNode analysis = Json.mapper().readTree(json.out.strip());
        assertThat(analysis.path("routing").path("lead_unit").asText()).isEqualTo("县教育体育局");
        assertThat(analysis.path("topics").get(0).path("matched_terms").size()).isPositive();
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(
                    code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
