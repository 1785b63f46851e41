package org.huixiang.app.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.format.Durations;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import picocli.CommandLine.Option;

/** The options of {@code huixiang eval alerts}, and the run they describe. */
public final class AlertEvalOptions {

    @Option(names = "--expect", description = "For a CSV: what every row expects, alert or none.")
    String expect;

    @Option(
            names = "--limit",
            description = "For a CSV: only the first N rows (0: all). Default: ${DEFAULT-VALUE}")
    int limit = 0;

    @Option(
            names = "--kind",
            description =
                    "post, or message (citizen messages arrive on the county's own channels). Default: ${DEFAULT-VALUE}")
    String kind = "post";

    @Option(
            names = "--source",
            description =
                    "Source of texts that name none (weibo, 12345 …). Default: ${DEFAULT-VALUE}")
    String source = "weibo";

    @Option(
            names = "--stream",
            description = "Replay JSONL cases as one stream too (a CSV always is one).")
    boolean stream;

    @Option(
            names = "--interval",
            description =
                    "Time between two texts of a stream: events and surges form in event time. Default: ${DEFAULT-VALUE}")
    String interval = "10s";

    /**
     * Runs the evaluation and prints its report; the JSON object is the last line with {@code
     * json}. Returns the process's exit code.
     */
    public static int run(AlertEvalOptions options, Path data, String textColumn, boolean json)
            throws Exception {
        DocumentKind kind = DocumentKind.valueOf(options.kind.toUpperCase(java.util.Locale.ROOT));
        boolean csv =
                data.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        List<AlertCaseFile.Case> cases;
        if (csv) {
            if (textColumn == null || options.expect == null) {
                throw new IllegalArgumentException(
                        "eval alerts on a CSV needs --text-column C and --expect alert|none");
            }
            if (!options.expect.equals("alert") && !options.expect.equals("none")) {
                throw new IllegalArgumentException("--expect must be alert or none");
            }
            cases =
                    AlertCaseFile.csv(
                            data,
                            textColumn,
                            options.expect.equals("alert"),
                            options.limit,
                            kind,
                            options.source);
        } else {
            cases = AlertCaseFile.jsonl(data, kind, options.source);
        }
        Seeds seeds = SeedLoader.loadDefault();
        AlertEvaluation evaluation = new AlertEvaluation(seeds, new CountyAnalyzer(seeds));
        long start = System.nanoTime();
        boolean asStream = csv || options.stream;
        Duration every = Durations.parse(options.interval);
        AlertEvaluation.Run run =
                asStream ? evaluation.stream(cases, every) : evaluation.each(cases);
        double seconds = (System.nanoTime() - start) / 1e9;
        AlertReport report = new AlertReport(run);
        report.print(
                System.out,
                cases.size()
                        + " "
                        + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + "s from "
                        + data.getFileName()
                        + (asStream
                                ? ", replayed as one stream, " + options.interval + " apart"
                                : ", each alone"));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("data", data.getFileName().toString());
            out.put("mode", asStream ? "stream" : "each");
            out.putAll(report.json());
            out.put("seconds", Math.round(seconds * 10) / 10.0);
            System.out.println(Json.toString(out));
        }
        return 0;
    }
}
