package org.huixiang.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;

/** Where the benchmark's texts come from: composed from the sample streams, or real texts whole. */
public interface TextPool {

    /** A text of about {@code targetChars} characters (real texts keep their own length). */
    String text(Random random, int targetChars);

    /** How the texts are made, for the report. */
    String description();

    /** {@link #samples(Path, Function)} grouped by the analyzer's first topic of each sentence. */
    static TextPool samples(Path samplesDir, CountyAnalyzer analyzer) throws IOException {
        return samples(
                samplesDir,
                text -> {
                    var topics =
                            analyzer.analyze(
                                            Document.ofText(
                                                    DocumentKind.MESSAGE, "bench", text, null))
                                    .topics();
                    return topics.isEmpty() ? "" : topics.get(0).id();
                });
    }

    /**
     * Texts composed from the sentences of the sample streams ({@code posts.jsonl}, {@code
     * messages.jsonl}), each about one topic: the first sentence is drawn from all of them, so
     * topics come in the samples' mix, and the rest from sentences of the same topic until the
     * length is reached.
     *
     * @param topicOf the topic a sentence is about (the analyzer's first topic), "" for none
     */
    static TextPool samples(Path samplesDir, Function<String, String> topicOf) throws IOException {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (String[] file : new String[][] {{"posts.jsonl", "text"}, {"messages.jsonl", "body"}}) {
            for (String line : Files.readAllLines(samplesDir.resolve(file[0]))) {
                String text = field(line, file[1]);
                if (text != null && !text.isBlank()) {
                    all.add(text);
                    byTopic.computeIfAbsent(topicOf.apply(text), t -> new ArrayList<>()).add(text);
                }
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException(
                    "no texts in the sample streams under " + samplesDir);
        }
        Map<String, String> topicOfSentence = new LinkedHashMap<>();
        byTopic.forEach((topic, texts) -> texts.forEach(t -> topicOfSentence.put(t, topic)));
        return new TextPool() {
            @Override
            public String text(Random random, int targetChars) {
                String first = all.get(random.nextInt(all.size()));
                List<String> same = byTopic.get(topicOfSentence.get(first));
                StringBuilder text = new StringBuilder(first);
                while (text.length() < targetChars) {
                    text.append(same.get(random.nextInt(same.size())));
                }
                return cut(text, targetChars);
            }

            @Override
            public String description() {
                return all.size()
                        + " sample sentences in "
                        + byTopic.size()
                        + " topic groups, composed to length";
            }
        };
    }

    /** Real texts from a CSV column, each used whole (longer ones cut at {@code maxChars}). */
    static TextPool csv(Path file, String column, int maxChars) throws IOException {
        List<String> texts = new ArrayList<>();
        for (LabeledText row : LabeledText.read(List.of(file), column, column)) {
            if (!row.text().isBlank()) {
                texts.add(cut(new StringBuilder(row.text()), maxChars));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(
                    file + ": no texts in column '" + column + "' (set --text-column)");
        }
        return new TextPool() {
            @Override
            public String text(Random random, int targetChars) {
                return texts.get(random.nextInt(texts.size()));
            }

            @Override
            public String description() {
                return texts.size() + " real texts from " + file.getFileName() + ", whole";
            }
        };
    }

    private static String field(String line, String name) {
        try {
            var node = Json.mapper().readTree(line);
            return node != null && node.hasNonNull(name) ? node.get(name).asText() : null;
        } catch (IOException malformed) {
            return null; // the sample streams hold malformed lines on purpose
        }
    }

    /** At most {@code chars} characters, never splitting a surrogate pair. */
    private static String cut(StringBuilder text, int chars) {
        if (text.length() <= chars) {
            return text.toString();
        }
        int end = Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
        return text.substring(0, end);
    }
}
