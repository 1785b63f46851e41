package org.huixiang.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.common.json.Json;
import org.huixiang.common.seeds.SeedLoader;
import picocli.CommandLine.Option;

/** The options of {@code huixiang eval cases}, and the run they describe. */
public final class CaseEvalOptions {

    @Option(
            names = "--title-column",
            description = "cases: the column of the message's title, if any.")
    String titleColumn;

    @Option(names = "--reply-column", description = "cases: the column of the unit's reply.")
    String replyColumn;

    @Option(
            names = "--time-column",
            description = "cases: when the citizen wrote (2019/4/25 9:32:09 or 2019-04-25 …).")
    String timeColumn;

    @Option(names = "--reply-time-column", description = "cases: when the reply was given.")
    String replyTimeColumn;

    /**
     * Runs the evaluation on a CSV and prints its report; JSON as the last line with {@code json}.
     */
    public static int run(CaseEvalOptions options, Path data, String textColumn, boolean json)
            throws Exception {
        if (textColumn == null) {
            throw new IllegalArgumentException("eval cases needs --text-column (the message)");
        }
        List<String> columns = new ArrayList<>(List.of(textColumn));
        for (String c :
                new String[] {
                    options.titleColumn,
                    options.replyColumn,
                    options.timeColumn,
                    options.replyTimeColumn
                }) {
            if (c != null) {
                columns.add(c);
            }
        }
        CaseEvaluation evaluation = new CaseEvaluation(SeedLoader.loadDefault().calendar());
        for (Map<String, String> row : LabeledText.rows(data, columns)) {
            String title = options.titleColumn == null ? "" : row.get(options.titleColumn);
            evaluation.add(
                    (title == null ? "" : title + "\n") + row.get(textColumn),
                    options.replyColumn == null ? null : row.get(options.replyColumn),
                    options.timeColumn == null ? null : row.get(options.timeColumn),
                    options.replyTimeColumn == null ? null : row.get(options.replyTimeColumn));
        }
        Map<String, Object> report = evaluation.report();
        report.forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
        if (json) {
            System.out.println(Json.toString(report));
        }
        return 0;
    }
}
