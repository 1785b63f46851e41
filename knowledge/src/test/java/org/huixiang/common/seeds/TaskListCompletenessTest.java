package org.huixiang.common.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that tasks.yaml holds every row of the source document: the row count of the document's
 * table equals the number of tasks, each task's 重点工作 is the document's text for that row, and
 * several rows are checked field by field against values read off the document by hand.
 */
class TaskListCompletenessTest {

    private static final Path SOURCE = Path.of("../seeds/source/gaoxian-2023-task-list.txt");
    private static final int COLUMNS = 6;

    private static List<List<String>> documentRows;
    private static List<Task> tasks;

    @BeforeAll
    static void read() throws Exception {
        documentRows = tableRows(Files.readString(SOURCE, StandardCharsets.UTF_8));
        tasks = SeedLoader.loadDefault().tasks();
    }

    /**
     * The export puts each table cell on lines of its own, the first starting with a tab; a cell's
     * text wraps onto following lines without one. Six cells make a row (the last row of the
     * document is cut short after its third cell).
     */
    static List<List<String>> tableRows(String document) {
        String table = document.substring(document.indexOf("2023年高县政务公开重点工作任务清单\n") + 1);
        List<StringBuilder> cells = new ArrayList<>();
        for (String line : table.substring(table.indexOf('\n') + 1).split("\n", -1)) {
            if (line.startsWith("\t")) {
                cells.add(new StringBuilder(line.substring(1)));
            } else if (!cells.isEmpty()) {
                cells.get(cells.size() - 1).append(line);
            }
        }
        List<String> texts = cells.stream().map(c -> c.toString().strip()).toList();
        assertThat(texts.subList(0, COLUMNS))
                .containsExactly("一级指标", "二级指标", "重点工作", "牵头单位", "责任单位", "完成时限");
        List<List<String>> rows = new ArrayList<>();
        for (int i = COLUMNS; i < texts.size(); i += COLUMNS) {
            rows.add(texts.subList(i, Math.min(i + COLUMNS, texts.size())));
        }
        return rows;
    }

    @Test
    void everyRowOfTheDocumentIsATask() {
        assertThat(documentRows).hasSize(52);
        assertThat(tasks).hasSize(documentRows.size());
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(tasks.get(i).row()).isEqualTo(i + 1);
            assertThat(tasks.get(i).work())
                    .as("row %d", i + 1)
                    .isEqualTo(documentRows.get(i).get(2));
        }
    }

    @Test
    void everyDeadlineOfTheDocumentIsKept() {
        for (int i = 0; i < tasks.size(); i++) {
            List<String> row = documentRows.get(i);
            String documentDeadline = row.size() == COLUMNS ? row.get(5) : "";
            if (!documentDeadline.isEmpty()) {
                assertThat(tasks.get(i).deadlineText())
                        .as("row %d", i + 1)
                        .isEqualTo(documentDeadline);
            }
        }
    }

    @Test
    void rowOneFieldByField() {
        Task t = tasks.get(0);
        assertThat(t.level1()).isEqualTo("深化主动公开");
        assertThat(t.level2()).isEqualTo("扎实推进重大项目、科技创新、乡村振兴领域信息公开");
        assertThat(t.work()).startsWith("聚焦推动经济运行整体好转").endsWith("积极释放政策信号");
        assertThat(t.lead()).containsExactly("县发展改革局");
        assertThat(t.responsible()).hasSize(13).contains("庆符镇人民政府", "落润镇人民政府", "庆岭镇人民政府");
        assertThat(t.groups()).containsExactly("县政府工作部门", "有关单位");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void rowSixHasNoLeadUnit() {
        Task t = tasks.get(5);
        assertThat(t.level2()).isEqualTo("扎实推进民生保障领域信息公开");
        assertThat(t.lead()).isEmpty();
        assertThat(t.responsible()).containsExactly("县教育体育局");
    }

    @Test
    void rowTwelveListsItsResponsibleUnits() {
        Task t = tasks.get(11);
        assertThat(t.work()).contains("双随机、一公开");
        assertThat(t.lead()).isEmpty();
        assertThat(t.responsible()).startsWith("县发展改革局", "县市场监管局", "县行政审批非公经济发展局");
    }

    @Test
    void rowsWithADatedDeadline() {
        assertThat(tasks.get(15).deadline()).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(tasks.get(15).deadlineText()).isEqualTo("2023年7月20日前");
        assertThat(tasks.get(20).deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(tasks.get(42).deadline()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(tasks.get(23).ongoing()).isTrue();
    }

    @Test
    void rowThirtySevenSplitsGroupedReferences() {
        Task t = tasks.get(36);
        assertThat(t.level1()).isEqualTo("深化政务公开促进基层政府治理能力提升");
        assertThat(t.responsible()).contains("县行政审批非公经济发展局", "县档案馆", "县文广旅游局", "文江镇人民政府");
        assertThat(t.groups()).containsExactly("县级有关部门");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void mergedRowsRepeatTheRowAbove() {
        assertThat(documentRows.get(19).subList(3, 6)).containsOnly("");
        assertThat(tasks.get(19).lead()).isEqualTo(tasks.get(18).lead());
        assertThat(tasks.get(19).responsible()).contains("县工商联");
        assertThat(documentRows.get(51)).hasSize(3);
        assertThat(tasks.get(51).level2()).isEqualTo("加强督促考核");
        assertThat(tasks.get(51).lead()).containsExactly("县政府办公室");
    }

    @Test
    void everyUnitTheDocumentNamesIsAUnit() {
        Seeds seeds = SeedLoader.loadDefault();
        for (String name :
                List.of(
                        "县人力资源社会保障局",
                        "县退役军人局",
                        "县经济合作外事局",
                        "县国资金融服务中心",
                        "县工商联",
                        "县档案馆",
                        "县住建城管局",
                        "县综合执法局",
                        "县税务局",
                        "县经开区管委会")) {
            assertThat(seeds.unitName(name)).as(name).contains(name);
        }
    }
}
