package org.huixiang.analysis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A supervised text classifier an operator trains on their own labelled history: L2-regularized
 * logistic regression (liblinear) over character n-grams with log term frequencies, L2-normalized.
 * Pure Java, thread-safe for prediction, saved as one zip file (meta.json, vocabulary.txt,
 * liblinear.model) so a model can be inspected and moved between machines.
 */
public final class TextClassifier {

    public static final String FORMAT = "huixiang-text-classifier/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVIDENCE = 5;

    /** Training settings. */
    public record Options(CharNgrams ngrams, int minDocumentFrequency, double c) {
        public static Options defaults() {
            return new Options(new CharNgrams(1, 3), 2, 4.0);
        }
    }

    private final String task;
    private final List<String> labels;
    private final Map<String, Integer> vocabulary;
    private final String[] features;
    private final CharNgrams ngrams;
    private final Model model;
    private final int[] modelLabelToClass;

    private TextClassifier(
            String task,
            List<String> labels,
            List<String> featureList,
            CharNgrams ngrams,
            Model model) {
        this.task = task;
        this.labels = List.copyOf(labels);
        this.features = featureList.toArray(String[]::new);
        this.vocabulary = new HashMap<>(featureList.size() * 2);
        for (int i = 0; i < featureList.size(); i++) {
            vocabulary.put(featureList.get(i), i + 1);
        }
        this.ngrams = ngrams;
        this.model = model;
        this.modelLabelToClass = model.getLabels();
    }

    public static TextClassifier train(String task, List<LabeledText> data, Options options) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no labelled rows to train on");
        }
        List<String> labels =
                new ArrayList<>(new TreeSet<>(data.stream().map(LabeledText::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("training needs at least two labels, got " + labels);
        }
        List<Map<String, Integer>> counted =
                data.stream().map(row -> options.ngrams().count(row.text())).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counted.forEach(
                counts ->
                        counts.keySet().forEach(g -> documentFrequency.merge(g, 1, Integer::sum)));
        List<String> featureList =
                documentFrequency.entrySet().stream()
                        .filter(e -> e.getValue() >= options.minDocumentFrequency())
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
        Map<String, Integer> index = new HashMap<>(featureList.size() * 2);
        for (int i = 0; i < featureList.size(); i++) {
            index.put(featureList.get(i), i + 1);
        }
        Problem problem = new Problem();
        problem.l = data.size();
        problem.n = featureList.size();
        problem.bias = 1;
        problem.x = new Feature[data.size()][];
        problem.y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            problem.x[i] = vector(counted.get(i), index);
            problem.y[i] = labels.indexOf(data.get(i).label());
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, options.c(), 0.01));
        return new TextClassifier(task, labels, featureList, options.ngrams(), model);
    }

    public Prediction predict(String text) {
        Feature[] x = vector(ngrams.count(text), vocabulary);
        double[] probabilities = new double[model.getNrClass()];
        int best = (int) Linear.predictProbability(model, x, probabilities);
        int position = 0;
        for (int i = 0; i < modelLabelToClass.length; i++) {
            if (modelLabelToClass[i] == best) {
                position = i;
            }
        }
        return new Prediction(labels.get(best), probabilities[position], evidence(x, position));
    }

    public String task() {
        return task;
    }

    public List<String> labels() {
        return labels;
    }

    /** The n-grams with the largest contribution towards the class at {@code position}. */
    private List<String> evidence(Feature[] x, int position) {
        double[] w = model.getFeatureWeights();
        int classes = model.getNrClass();
        boolean binary = classes == 2;
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (Feature f : x) {
            if (f.getIndex() > features.length) {
                continue;
            }
            double weight =
                    binary
                            ? (position == 0 ? 1 : -1) * w[f.getIndex() - 1]
                            : w[(f.getIndex() - 1) * classes + position];
            contributions.put(features[f.getIndex() - 1], weight * f.getValue());
        }
        return contributions.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(EVIDENCE)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Feature[] vector(Map<String, Integer> counts, Map<String, Integer> index) {
        List<FeatureNode> nodes = new ArrayList<>(counts.size());
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i != null) {
                double value = 1 + Math.log(e.getValue());
                nodes.add(new FeatureNode(i, value));
                norm += value * value;
            }
        }
        double scale = norm == 0 ? 1 : 1 / Math.sqrt(norm);
        nodes.sort(Comparator.comparingInt(FeatureNode::getIndex));
        Feature[] x = new Feature[nodes.size()];
        for (int i = 0; i < x.length; i++) {
            FeatureNode n = nodes.get(i);
            x[i] = new FeatureNode(n.getIndex(), n.getValue() * scale);
        }
        return x;
    }

    public void save(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("meta.json"));
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("format", FORMAT);
            meta.put("task", task);
            meta.put("labels", labels);
            meta.put("ngram_min", ngrams.min());
            meta.put("ngram_max", ngrams.max());
            meta.put("features", features.length);
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
            zip.putNextEntry(new ZipEntry("vocabulary.txt"));
            Writer vocab = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (String feature : features) {
                vocab.write(feature.replace("\\", "\\\\").replace("\n", "\\n"));
                vocab.write('\n');
            }
            vocab.flush();
            zip.putNextEntry(new ZipEntry("liblinear.model"));
            ByteArrayOutputStream weights = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(weights, StandardCharsets.UTF_8)) {
                model.save(w);
            }
            zip.write(weights.toByteArray());
        }
    }

    /**
     * @throws IOException naming the file when it is not a model of this format
     */
    public static TextClassifier load(Path file) throws IOException {
        JsonNode meta = null;
        List<String> vocabulary = new ArrayList<>();
        Model model = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                switch (entry.getName()) {
                    case "meta.json" -> meta = JSON.readTree(bytes);
                    case "vocabulary.txt" -> {
                        BufferedReader reader =
                                new BufferedReader(
                                        new InputStreamReader(
                                                new java.io.ByteArrayInputStream(bytes),
                                                StandardCharsets.UTF_8));
                        for (String line; (line = reader.readLine()) != null; ) {
                            vocabulary.add(line.replace("\\n", "\n").replace("\\\\", "\\"));
                        }
                    }
                    case "liblinear.model" ->
                            model =
                                    Model.load(
                                            new InputStreamReader(
                                                    new java.io.ByteArrayInputStream(bytes),
                                                    StandardCharsets.UTF_8));
                    default -> {}
                }
            }
        }
        if (meta == null || model == null || !FORMAT.equals(meta.path("format").asText())) {
            throw new IOException(
                    file
                            + " is not a huixiang model ("
                            + FORMAT
                            + "); train one with `huixiang train`");
        }
        List<String> labels = new ArrayList<>();
        meta.path("labels").forEach(l -> labels.add(l.asText()));
        return new TextClassifier(
                meta.path("task").asText(),
                labels,
                vocabulary,
                new CharNgrams(meta.path("ngram_min").asInt(), meta.path("ngram_max").asInt()),
                model);
    }
}
