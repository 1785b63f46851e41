package org.huixiang.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.flink.JsonTypeInfo;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.seeds.SeedLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What one edge between operators costs an analyzed document: written by a serializer, then read
 * back, as Flink does when a record crosses to another task or into state. {@code edge} is the
 * binary format the job's edges use, {@code json} the one its state uses (and its edges used
 * before). The job's documents cross several edges, so this figure, times the edges, is what the
 * pipeline pays beside the analyzer.
 */
public class OperatorRecordsBenchmark extends Microbenchmark {

    @Param({"200"})
    public int chars;

    @Param({"edge", "json"})
    public String format;

    private TypeSerializer<AnalyzedDocument> serializer;
    private final List<AnalyzedDocument> documents = new ArrayList<>();
    private final List<byte[]> written = new ArrayList<>();
    private final DataOutputSerializer out = new DataOutputSerializer(16 * 1024);
    private final DataInputDeserializer in = new DataInputDeserializer();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        CountyAnalyzer analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
        TypeInformation<AnalyzedDocument> type =
                format.equals("json")
                        ? JsonTypeInfo.of(AnalyzedDocument.class)
                        : EdgeTypeInfo.of(AnalyzedDocument.class);
        serializer = type.createSerializer(new SerializerConfigImpl());
        long bytes = 0;
        for (String text : SampleTexts.of(chars)) {
            Document document = Document.ofText(DocumentKind.MESSAGE, "bench", text, null);
            AnalyzedDocument analyzed = new AnalyzedDocument(document, analyzer.analyze(document));
            documents.add(analyzed);
            out.clear();
            serializer.serialize(analyzed, out);
            written.add(out.getCopyOfBuffer());
            bytes += out.length();
        }
        System.out.println(
                "\nbytes per analyzed document, " + format + ": " + bytes / SampleTexts.COUNT);
    }

    private int advance() {
        next = (next + 1) % SampleTexts.COUNT;
        return next;
    }

    @Benchmark
    public int write() throws IOException {
        out.clear();
        serializer.serialize(documents.get(advance()), out);
        return out.length();
    }

    @Benchmark
    public AnalyzedDocument read() throws IOException {
        in.setBuffer(written.get(advance()));
        return serializer.deserialize(in);
    }
}
