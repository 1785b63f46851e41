package org.huixiang.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Document;
import org.huixiang.common.seeds.SeedLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huixiang bench analyzer}: throughput of the whole analyzer, per core and on all cores. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "bench analyzer: documents/s of the whole analyzer (segmentation, topics, routing, region,",
            "sentiment, risk) on texts of a fixed length, after a warm-up, on one thread and on all cores."
        })
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "analyzer", description = "What to measure: analyzer.")
    String what;

    @Option(
            names = "--chars",
            description = "Length of each text in characters. Default: ${DEFAULT-VALUE}")
    int chars = 200;

    @Option(names = "--seconds", description = "Measuring time per run. Default: ${DEFAULT-VALUE}")
    int seconds = 10;

    @Option(
            names = "--data",
            description = "CSV with real texts (else the sample streams in seeds/samples).")
    Path data;

    @Option(
            names = "--text-column",
            description = "Text column of --data. Default: ${DEFAULT-VALUE}")
    String textColumn = "text";

    @Option(names = "--json", description = "Also print one JSON object as the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!"analyzer".equals(what)) {
            System.err.println(
                    "huixiang bench: unknown target '" + what + "'; use: huixiang bench analyzer");
            return 2;
        }
        List<String> texts = texts();
        CountyAnalyzer analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
        run(
                analyzer,
                texts,
                1,
                Math.max(3, seconds / 2)); // warm-up: let the JIT compile the hot paths
        double single = run(analyzer, texts, 1, seconds);
        int cores = Runtime.getRuntime().availableProcessors();
        double all = run(analyzer, texts, cores, seconds);
        System.out.printf(
                "analyzer, %d-char texts (%d distinct): %.0f docs/s on 1 thread, %.0f docs/s on %d threads (%.0f per core)%n",
                chars, texts.size(), single, all, cores, all / cores);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("chars", chars);
            out.put("docs_per_second_single_thread", Math.round(single));
            out.put("docs_per_second_all_cores", Math.round(all));
            out.put("cores", cores);
            out.put("docs_per_second_per_core", Math.round(all / cores));
            System.out.println(Json.toString(out));
        }
        return 0;
    }

    /** Texts cut (or repeated) to exactly {@link #chars} characters. */
    private List<String> texts() throws Exception {
        List<String> raw = new ArrayList<>();
        if (data != null) {
            for (LabeledText row : LabeledText.read(List.of(data), textColumn, textColumn)) {
                raw.add(row.text());
            }
        } else {
            for (String line : Files.readAllLines(Home.samples().resolve("messages.jsonl"))) {
                try {
                    var node = Json.mapper().readTree(line);
                    if (node != null && node.hasNonNull("body")) {
                        raw.add(node.get("body").asText());
                    }
                } catch (java.io.IOException malformed) {
                    // the sample streams hold malformed lines on purpose
                }
            }
        }
        List<String> texts = new ArrayList<>();
        for (String text : raw) {
            StringBuilder t = new StringBuilder(text);
            while (t.length() < chars) {
                t.append(text);
            }
            texts.add(t.substring(0, chars));
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to measure");
        }
        return texts;
    }

    private static double run(CountyAnalyzer analyzer, List<String> texts, int threads, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(
                    pool.submit(
                            () -> {
                                long n = 0;
                                for (int i = offset; System.nanoTime() < deadline; i++) {
                                    analyzer.analyze(
                                            Document.ofText(
                                                    "bench", texts.get(i % texts.size()), null));
                                    n++;
                                }
                                return n;
                            }));
        }
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }
}
