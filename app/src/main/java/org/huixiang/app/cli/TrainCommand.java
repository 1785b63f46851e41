package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.huixiang.analysis.model.CharNgrams;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.analysis.model.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huixiang train routing|sentiment}: a supervised model from the operator's labelled
 * history.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Trains a routing or sentiment model (logistic regression over character n-grams) from",
            "CSV files with a header row. A text column may hold raw text or space-separated tokens."
        })
final class TrainCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "routing|sentiment",
            description = "What the model predicts.")
    Task task;

    @Option(names = "--data", required = true, description = "Labelled CSV file (repeatable).")
    List<Path> data;

    @Option(names = "--text-column", required = true, description = "Column holding the text.")
    String textColumn;

    @Option(names = "--label-column", required = true, description = "Column holding the label.")
    String labelColumn;

    @Option(names = "--out", required = true, description = "Where to write the model file.")
    Path out;

    @Option(
            names = "--c",
            description = "Inverse regularization strength. Default: ${DEFAULT-VALUE}")
    double c = TextClassifier.Options.defaults().c();

    @Option(names = "--ngrams", description = "Character n-gram sizes, MIN..MAX. Default: 1..3")
    String ngrams = "1..3";

    /** What a model predicts. */
    enum Task {
        routing,
        sentiment
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        List<LabeledText> rows = LabeledText.read(data, textColumn, labelColumn);
        String[] range = ngrams.split("\\.\\.");
        TextClassifier.Options options =
                new TextClassifier.Options(
                        new CharNgrams(
                                Integer.parseInt(range[0]),
                                Integer.parseInt(range[range.length - 1])),
                        TextClassifier.Options.defaults().minDocumentFrequency(),
                        c);
        TextClassifier model = TextClassifier.train(task.name(), rows, options);
        model.save(out);
        System.out.printf(
                "trained %s model on %d rows, %d labels %s, in %.1f s → %s%n",
                task,
                rows.size(),
                model.labels().size(),
                model.labels(),
                (System.nanoTime() - start) / 1e9,
                out);
        return 0;
    }
}
