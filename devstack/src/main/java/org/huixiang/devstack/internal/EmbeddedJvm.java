package org.huixiang.devstack.internal;

/**
 * JVM options that the embedded servers (the Kafka broker and Elasticsearch) share.
 *
 * <p>They compile with C1 only. On a small machine they share the cores with the application, and
 * there their C2 compilers never finished: through a benchmark's drain C2 took ~22 % of
 * Elasticsearch's CPU. With C1 only, Elasticsearch spent ~23 % less CPU per indexed document and
 * the broker ~40 % less per document, and the bulk ceiling stayed where it was
 * (docs/performance.md). The application keeps C2: HanLP on C1 costs more than C2 does. Servers of
 * their own keep their JVM defaults.
 */
public final class EmbeddedJvm {

    /** The compiler option, as one command-line argument. */
    public static final String JIT = "-XX:TieredStopAtLevel=1";

    private EmbeddedJvm() {}
}
