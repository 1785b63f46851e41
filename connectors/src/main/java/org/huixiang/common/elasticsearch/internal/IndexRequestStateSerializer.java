package org.huixiang.common.elasticsearch.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;
import org.huixiang.common.elasticsearch.IndexRequest;

/**
 * Checkpoints buffered writes as plain bytes (no Kryo, no client objects), so state survives
 * upgrades of the client library. Bump {@link #getVersion()} when the layout changes.
 */
public final class IndexRequestStateSerializer
        extends AsyncSinkWriterStateSerializer<IndexRequest> {

    @Override
    protected void serializeRequestToStream(IndexRequest request, DataOutputStream out)
            throws IOException {
        out.writeUTF(request.index());
        out.writeUTF(request.id());
        out.writeByte(request.operation().ordinal());
        out.writeLong(request.externalVersion());
        out.writeInt(request.source().length);
        out.write(request.source());
    }

    @Override
    protected IndexRequest deserializeRequestFromStream(long requestSize, DataInputStream in)
            throws IOException {
        String index = in.readUTF();
        String id = in.readUTF();
        IndexRequest.Operation operation = IndexRequest.Operation.values()[in.readByte()];
        long version = in.readLong();
        byte[] source = new byte[in.readInt()];
        in.readFully(source);
        return new IndexRequest(index, id, operation, version, source);
    }

    @Override
    public int getVersion() {
        return 1;
    }
}
