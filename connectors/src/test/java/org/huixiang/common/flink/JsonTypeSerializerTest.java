package org.huixiang.common.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.huixiang.common.Fixtures;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;
import org.junit.jupiter.api.Test;

class JsonTypeSerializerTest {

    @Test
    void recordsWithImmutableListsRoundTrip() throws Exception {
        assertThat(roundTrip(AnalyzedDocument.class, Fixtures.analyzedDocument()))
                .isEqualTo(Fixtures.analyzedDocument());
        assertThat(roundTrip(Alert.class, Fixtures.alert())).isEqualTo(Fixtures.alert());
    }

    @Test
    void snapshotRestoresACompatibleSerializer() throws Exception {
        TypeSerializer<Alert> serializer =
                JsonTypeInfo.of(Alert.class).createSerializer(new SerializerConfigImpl());
        TypeSerializerSnapshot<Alert> restored = Snapshots.writtenAndRead(serializer);

        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
        assertThat(Snapshots.compatibleAsIs(serializer, restored)).isTrue();
    }

    private static <T> T roundTrip(Class<T> type, T value) throws Exception {
        TypeSerializer<T> serializer =
                JsonTypeInfo.of(type).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
