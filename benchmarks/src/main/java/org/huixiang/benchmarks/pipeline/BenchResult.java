package org.huixiang.benchmarks.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured.
 *
 * @param checkpointSeconds the job's checkpoint interval
 * @param partitions partitions per input topic
 * @param warmup the job taking in the warm-up corpus from its cold start, or null without one
 * @param drain the job draining the backlog: the throughput
 * @param deadLettered dead letters written during the pipeline phases (the corpus is valid: 0)
 * @param alertRevisionsDrained alert revisions published while the backlog drained
 * @param alertRevisionsSteady alert revisions published under the steady load
 * @param cpu per phase, the CPU each process used
 * @param peakRssBytes the peak resident memory of each process tree
 * @param peakTotalRssBytes the peak of their sum at one instant
 */
public record BenchResult(
        Corpus corpus,
        int cores,
        int parallelism,
        long checkpointSeconds,
        int partitions,
        Ceilings ceilings,
        Drain warmup,
        Drain drain,
        SteadyLoad.Outcome steady,
        int steadyPerSecond,
        long deadLettered,
        long alertRevisionsDrained,
        long alertRevisionsSteady,
        List<CpuUse> cpu,
        Map<String, Long> peakRssBytes,
        long peakTotalRssBytes) {

    /** What was sent. */
    public record Corpus(
            int documents, long posts, int medianChars, double meanChars, String texts) {
        static Corpus of(BenchCorpus corpus, String texts) {
            int[] lengths = corpus.sortedLengths();
            return new Corpus(
                    corpus.size(),
                    corpus.posts(),
                    lengths[lengths.length / 2],
                    Arrays.stream(lengths).average().orElse(0),
                    texts);
        }
    }

    /**
     * Documents/s of each part alone, on the same records, and the CPU their phases took.
     *
     * @param cpuBoundCpu the phase of segmentation and the analyzer, by turns: its stolen and other
     *     cores say how much of the machine those two ceilings had
     */
    public record Ceilings(
            double segmentation,
            double analyzer,
            double elasticsearch,
            double kafka,
            CpuUse cpuBoundCpu,
            CpuUse kafkaCpu,
            CpuUse elasticsearchCpu) {

        /**
         * CPU milliseconds per document of the parts alone, added up: the analyzer (its threads,
         * one per core, kept busy), Elasticsearch bulk indexing and Kafka produce + consume (every
         * process's CPU in their phases, clients included).
         */
        public double partsMillisPerDocument(int cores) {
            return 1000.0 * cores / analyzer
                    + elasticsearchCpu.totalMillisPerDocument()
                    + kafkaCpu.totalMillisPerDocument();
        }

        /**
         * Documents/s the machine could take if the pipeline cost nothing beyond its parts: all
         * cores spent on the analyzer, Elasticsearch's indexing and Kafka, each at its cost alone.
         * An upper bound, measured on the run's own machine; a throughput target above it is out of
         * reach at this machine's speed, whatever the pipeline does around the parts.
         */
        public double partsTogether(int cores) {
            return 1000.0 * cores / partsMillisPerDocument(cores);
        }
    }

    /**
     * The pipeline taking in a preloaded corpus.
     *
     * @param seconds from the first read until every document was searchable
     * @param startupSeconds from the job's submission to its first read (MiniCluster start,
     *     operators opened, HanLP dictionaries loaded); after a warm-up, from the start of the
     *     preload into the running job to its first read
     */
    public record Drain(int documents, double seconds, double startupSeconds) {
        public double docsPerSecond() {
            return documents / seconds;
        }
    }

    public double throughput() {
        return drain.docsPerSecond();
    }

    /**
     * Whether the steady load was more than the pipeline takes in: its latencies then measure a
     * backlog that grows for as long as the load lasts, not the pipeline.
     */
    public boolean steadyAboveThroughput() {
        return steadyPerSecond > throughput();
    }

    /** From the job's submission to its first read. */
    public double jobStartupSeconds() {
        return (warmup != null ? warmup : drain).startupSeconds();
    }
}
