package org.huixiang.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.huixiang.common.deadletter.DeadLetterReason;

/**
 * A record's bytes as one JSON object: not empty, at most {@link RecordParser#MAX_RECORD_BYTES},
 * strict UTF-8 (a byte-order mark is dropped), JSON nested at most 32 deep with no duplicated key
 * and nothing after it. Anything else is a {@link RecordRejected} with its reason.
 */
final class JsonRecord {

    private static final ObjectMapper JSON =
            new ObjectMapper(
                    JsonFactory.builder()
                            .streamReadConstraints(
                                    StreamReadConstraints.builder().maxNestingDepth(32).build())
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build());

    private JsonRecord() {}

    static JsonNode read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RecordRejected(DeadLetterReason.EMPTY_RECORD, "the record has no bytes");
        }
        if (blank(bytes)) {
            throw new RecordRejected(
                    DeadLetterReason.EMPTY_RECORD,
                    "the record holds only whitespace (" + bytes.length + " bytes)");
        }
        if (bytes.length > RecordParser.MAX_RECORD_BYTES) {
            throw new RecordRejected(
                    DeadLetterReason.TOO_LARGE,
                    "the record has "
                            + bytes.length
                            + " bytes; the limit is "
                            + RecordParser.MAX_RECORD_BYTES);
        }
        JsonNode root = json(utf8(bytes));
        if (!root.isObject()) {
            throw new RecordRejected(
                    DeadLetterReason.NOT_AN_OBJECT,
                    "expected a JSON object, got " + root.getNodeType().toString().toLowerCase());
        }
        return root;
    }

    private static String utf8(byte[] bytes) {
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
            // a byte-order mark is harmless; strip it rather than reject the record
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RecordRejected(
                    DeadLetterReason.INVALID_UTF8,
                    "the record is not valid UTF-8 (GBK or another encoding?); producers must send UTF-8");
        }
    }

    private static JsonNode json(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonNode root = JSON.readTree(parser);
            if (root == null) {
                throw new RecordRejected(DeadLetterReason.MALFORMED_JSON, "the record is blank");
            }
            if (parser.nextToken() != null) {
                throw new RecordRejected(
                        DeadLetterReason.MALFORMED_JSON,
                        "unexpected content after the JSON object at " + location(parser));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new RecordRejected(
                    DeadLetterReason.TOO_DEEPLY_NESTED, "JSON nesting deeper than 32 levels");
        } catch (JsonProcessingException e) {
            throw new RecordRejected(
                    DeadLetterReason.MALFORMED_JSON, e.getOriginalMessage() + " at " + location(e));
        } catch (IOException e) {
            throw new RecordRejected(DeadLetterReason.MALFORMED_JSON, e.getMessage());
        }
    }

    private static String location(JsonParser parser) {
        return "line "
                + parser.currentLocation().getLineNr()
                + ", column "
                + parser.currentLocation().getColumnNr();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? "unknown position"
                : "line "
                        + e.getLocation().getLineNr()
                        + ", column "
                        + e.getLocation().getColumnNr();
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
