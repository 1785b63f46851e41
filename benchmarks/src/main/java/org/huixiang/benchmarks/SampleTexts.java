package org.huixiang.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.huixiang.benchmarks.pipeline.TextPool;

/**
 * The texts every microbenchmark runs on: composed from the sample streams (as the pipeline
 * benchmark's corpus is) to a given length, always the same ones, so figures of different
 * benchmarks and runs are about the same texts.
 */
public final class SampleTexts {

    /** How many texts a benchmark cycles through: enough that no single text decides a figure. */
    public static final int COUNT = 256;

    private SampleTexts() {}

    /** {@link #COUNT} texts of about {@code chars} characters. */
    public static List<String> of(int chars) throws IOException {
        TextPool pool =
                TextPool.samples(
                        Path.of(System.getProperty("huixiang.samples", "seeds/samples")),
                        text -> "");
        Random random = new Random(20231);
        List<String> texts = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            texts.add(pool.text(random, chars));
        }
        return texts;
    }
}
