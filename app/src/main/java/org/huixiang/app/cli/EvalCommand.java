package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.model.Evaluation;
import org.huixiang.analysis.model.LabelMap;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.analysis.model.RoutingModel;
import org.huixiang.analysis.model.TextClassifier;
import org.huixiang.app.eval.AlertEvalOptions;
import org.huixiang.app.eval.CaseEvalOptions;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huixiang eval routing|sentiment|alerts|cases}: quality of a trained model or of the
 * analyzer out of the box, of the alert decision, and what cases make of real messages.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "routing, sentiment: accuracy, macro-F1, per-class precision/recall/F1, the confusion",
            "matrix and n. With --model: the trained model. Without: the out-of-the-box analyzer;",
            "for routing, --label-map maps each label to the units (as in seeds/) that count as",
            "correct for it.",
            "alerts: runs the job's alert decision (analyzer, alert scope, document and event rules,",
            "surges) on JSONL cases {case, group, expect: alert|none, text, location?, source?},",
            "each alone, or on a CSV of real posts or messages replayed as one stream (--expect);",
            "prints recall, false alerts per group, levels, and every miss and false alert with",
            "its reasons.",
            "cases: on a CSV of messages (--text-column, --title-column) and, if given, their",
            "replies and times (--reply-column, --time-column, --reply-time-column): the appeal",
            "types, the replies' quality, and the working days the replies took."
        })
final class EvalCommand implements Callable<Integer> {

    /** What an evaluation is about. */
    enum Task {
        routing,
        sentiment,
        alerts,
        cases
    }

    @Parameters(
            index = "0",
            paramLabel = "routing|sentiment|alerts|cases",
            description = "What to evaluate.")
    Task task;

    @Option(
            names = "--data",
            required = true,
            description = "Labelled CSV file; for alerts, JSONL cases or a CSV of texts.")
    Path data;

    @Option(
            names = "--text-column",
            description = "Column holding the text (routing, sentiment, alerts on CSV).")
    String textColumn;

    @Option(
            names = "--label-column",
            description = "Column holding the label (routing, sentiment).")
    String labelColumn;

    @Mixin AlertEvalOptions alerts;

    @Mixin CaseEvalOptions cases;

    @Option(names = "--model", description = "A model file from `huixiang train`.")
    Path model;

    @Option(
            names = "--label-map",
            description = "YAML: label → list of unit names (routing without --model).")
    Path labelMap;

    @Option(
            names = "--positive-label",
            description = "The label of positive texts (sentiment). Default: ${DEFAULT-VALUE}")
    String positiveLabel = "1";

    @Option(
            names = "--negative-label",
            description = "The label of negative texts (sentiment). Default: ${DEFAULT-VALUE}")
    String negativeLabel = "0";

    @Option(
            names = "--with-taxonomy",
            description =
                    "Routing: evaluate the analyzer with --model combined with the taxonomy, as the stage runs it (needs --label-map).")
    boolean withTaxonomy;

    @Option(names = "--json", description = "Also print one JSON object as the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (task == Task.alerts) {
            return AlertEvalOptions.run(alerts, data, textColumn, json);
        }
        if (task == Task.cases) {
            return CaseEvalOptions.run(cases, data, textColumn, json);
        }
        if (textColumn == null || labelColumn == null) {
            throw new IllegalArgumentException(
                    "eval " + task + " needs --text-column and --label-column");
        }
        List<LabeledText> rows = LabeledText.read(List.of(data), textColumn, labelColumn);
        long start = System.nanoTime();
        List<String> gold = rows.stream().map(LabeledText::label).toList();
        List<String> predicted =
                model != null && !withTaxonomy
                        ? byModel(rows)
                        : task == Task.routing ? byTaxonomy(rows) : byLexicon(rows);
        double seconds = (System.nanoTime() - start) / 1e9;
        Evaluation e = Evaluation.of(gold, predicted);
        print(e, seconds, rows.size());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("task", task.name());
            out.put(
                    "model",
                    model == null ? "out-of-the-box" : model + (withTaxonomy ? " + taxonomy" : ""));
            out.put("n", e.n());
            out.put("accuracy", round(e.accuracy()));
            out.put("macro_f1", round(e.macroF1()));
            Map<String, Object> perClass = new LinkedHashMap<>();
            e.perClass()
                    .forEach(
                            (k, v) ->
                                    perClass.put(
                                            k,
                                            Map.of(
                                                    "precision",
                                                    round(v.precision()),
                                                    "recall",
                                                    round(v.recall()),
                                                    "f1",
                                                    round(v.f1()),
                                                    "support",
                                                    v.support())));
            out.put("per_class", perClass);
            out.put("confusion", e.confusion());
            out.put("docs_per_second", Math.round(rows.size() / seconds));
            System.out.println(Json.toString(out));
        }
        return 0;
    }

    private List<String> byModel(List<LabeledText> rows) throws Exception {
        TextClassifier classifier = TextClassifier.load(model);
        return rows.stream().map(r -> classifier.predict(r.text()).label()).toList();
    }

    /** A prediction is correct when the analyzer's lead unit is one of the gold label's units. */
    private List<String> byTaxonomy(List<LabeledText> rows) throws Exception {
        if (labelMap == null) {
            throw new IllegalArgumentException(
                    "routing without --model needs --label-map FILE (label: [unit, …])");
        }
        Seeds seeds = SeedLoader.loadDefault();
        Map<String, List<String>> units = LabelMap.read(labelMap, seeds);
        RoutingModel routingModel =
                model == null ? null : RoutingModel.of(TextClassifier.load(model), seeds, units);
        CountyAnalyzer analyzer = new CountyAnalyzer(seeds, routingModel, null);
        List<String> predicted = new ArrayList<>();
        for (LabeledText row : rows) {
            Analysis a = analyzer.analyze(document(row.text()));
            String lead = a.routing().leadUnit();
            if (a.routing().unrouted()) {
                predicted.add("(unrouted)");
            } else if (units.getOrDefault(row.label(), List.of()).contains(lead)) {
                predicted.add(row.label());
            } else {
                predicted.add(
                        units.entrySet().stream()
                                .filter(en -> en.getValue().contains(lead))
                                .map(Map.Entry::getKey)
                                .findFirst()
                                .orElse("(" + lead + ")"));
            }
        }
        return predicted;
    }

    private List<String> byLexicon(List<LabeledText> rows) {
        CountyAnalyzer analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
        return rows.stream()
                .map(
                        r ->
                                analyzer.analyze(document(r.text())).sentiment().label()
                                                == Sentiment.Label.NEGATIVE
                                        ? negativeLabel
                                        : positiveLabel)
                .toList();
    }

    private static Document document(String text) {
        return Document.ofText(DocumentKind.MESSAGE, "eval", text, null);
    }

    private static void print(Evaluation e, double seconds, int rows) {
        System.out.printf(
                "n %d   accuracy %.4f   macro-F1 %.4f   (%.0f docs/s)%n",
                e.n(), e.accuracy(), e.macroF1(), rows / seconds);
        System.out.printf(
                "%-16s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
        e.perClass()
                .forEach(
                        (k, v) ->
                                System.out.printf(
                                        "%-16s %9.4f %9.4f %9.4f %8d%n",
                                        k, v.precision(), v.recall(), v.f1(), v.support()));
        System.out.println("confusion (gold → predicted: count)");
        e.confusion().forEach((k, v) -> System.out.println("  " + k + " → " + v));
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
