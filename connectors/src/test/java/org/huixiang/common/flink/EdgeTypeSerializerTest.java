package org.huixiang.common.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.huixiang.common.Fixtures;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
import org.junit.jupiter.api.Test;

class EdgeTypeSerializerTest {

    @Test
    void theJobsRecordsRoundTrip() throws Exception {
        assertThat(roundTrip(AnalyzedDocument.class, Fixtures.analyzedDocument()))
                .isEqualTo(Fixtures.analyzedDocument());
        assertThat(roundTrip(Alert.class, Fixtures.alert())).isEqualTo(Fixtures.alert());
    }

    @Test
    void absentComponentsStayAbsent() throws Exception {
        // a bare text: no title, author, contact, location, origin, …
        Document bare = Document.ofText(DocumentKind.POST, "weibo", "县城停水三天了", null);

        assertThat(roundTrip(Document.class, bare)).isEqualTo(bare);
    }

    @Test
    void bytesAndEveryCharacterSurvive() throws Exception {
        byte[] raw = "{\"text\":\"\\ud83d\"}".getBytes(StandardCharsets.UTF_8);
        Origin origin = new Origin("huixiang.raw", 1, 42L, 1_700_000_000_000L);
        DeadLetter letter =
                new DeadLetter("malformed", "半个表情\ud83d", "ingest", origin, raw, Instant.EPOCH);

        DeadLetter back = roundTrip(DeadLetter.class, letter);

        assertThat(back.raw()).isEqualTo(raw);
        assertThat(back.detail()).isEqualTo("半个表情\ud83d");
        assertThat(back.origin()).isEqualTo(origin);
        assertThat(back.at()).isEqualTo(Instant.EPOCH);
        assertThat(roundTrip(RawRecord.class, new RawRecord(origin, raw)).value()).isEqualTo(raw);
    }

    /** A record that holds records of its own kind. */
    record Thread(String text, List<Thread> replies) {}

    @Test
    void aRecordMayHoldItsOwnKind() throws Exception {
        Thread thread =
                new Thread("停水", List.of(new Thread("同问", List.of()), new Thread("已报修", null)));

        assertThat(roundTrip(Thread.class, thread)).isEqualTo(thread);
    }

    @Test
    void aSerializedRecordCopiesAcrossViews() throws Exception {
        TypeSerializer<Alert> serializer = serializer(Alert.class);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(Fixtures.alert(), out);
        DataOutputSerializer copy = new DataOutputSerializer(256);

        serializer.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copy);

        assertThat(copy.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
    }

    record Tally(String name, Map<String, Integer> counts) {}

    record Tallies(String day, List<Tally> tallies) {}

    @Test
    void anUnsupportedComponentFailsWhenTheTypeIsDeclared() {
        assertThatThrownBy(() -> EdgeTypeInfo.of(Tally.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tally.counts")
                .hasMessageContaining("JsonTypeInfo");
        assertThatThrownBy(() -> EdgeTypeInfo.of(Tallies.class))
                .as("a record deep inside is checked with the outer one")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tally.counts");
        assertThatThrownBy(() -> EdgeTypeInfo.of(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a record");
    }

    @Test
    void aSnapshotAcceptsTheSameLayoutAndRefusesAnother() throws Exception {
        TypeSerializer<Alert> serializer = serializer(Alert.class);
        TypeSerializerSnapshot<Alert> restored = Snapshots.writtenAndRead(serializer);

        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
        assertThat(Snapshots.compatibleAsIs(serializer, restored)).isTrue();
        EdgeTypeSerializer.Snapshot<Alert> changed =
                new EdgeTypeSerializer.Snapshot<>(Alert.class, "org.huixiang.common.model.Alert()");
        assertThat(
                        serializer
                                .snapshotConfiguration()
                                .resolveSchemaCompatibility(changed)
                                .isIncompatible())
                .isTrue();
    }

    @Test
    void theFormatsAreTold() {
        assertThat(EdgeTypeInfo.of(Alert.class)).isNotEqualTo(JsonTypeInfo.of(Alert.class));
        assertThat(EdgeTypeInfo.of(Alert.class)).isEqualTo(EdgeTypeInfo.of(Alert.class));
        assertThat(serializer(Alert.class))
                .isNotEqualTo(JsonTypeInfo.of(Alert.class).createSerializer(null));
    }

    private static <T> TypeSerializer<T> serializer(Class<T> type) {
        return EdgeTypeInfo.of(type).createSerializer(new SerializerConfigImpl());
    }

    private static <T> T roundTrip(Class<T> type, T value) throws Exception {
        TypeSerializer<T> serializer = serializer(type);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        T back = serializer.deserialize(in);
        assertThat(in.available()).as("bytes left after reading").isZero();
        return back;
    }
}
