package org.huixiang.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;

/**
 * The fields of one record as the contract types them (docs/contract.md): required and optional
 * text, ids as strings or integers, times as ISO-8601 or epoch milliseconds (zone-less times are
 * China time) between 2000 and a day ahead of the clock, objects, counts ≥ 0. A field that breaks
 * its type is a {@link RecordRejected} that names it.
 */
final class Fields {

    private static final Instant OLDEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

    private final DocumentKind kind;
    private final Origin origin;
    private final Clock clock;

    Fields(DocumentKind kind, Origin origin, Clock clock) {
        this.kind = kind;
        this.origin = origin;
        this.clock = clock;
    }

    String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw missing(field);
        }
        if (!node.isTextual()) {
            throw wrongType(field, "a string", node);
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            throw new RecordRejected(DeadLetterReason.MISSING_FIELD, "'" + field + "' is empty");
        }
        return value;
    }

    /** Ids may come as strings or integers; both are kept as their text. */
    String requiredId(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node != null && node.isIntegralNumber()) {
            return node.asText();
        }
        return requiredText(root, field);
    }

    Instant requiredTime(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw missing(field);
        }
        Instant time;
        if (node.isIntegralNumber()) {
            time = Instant.ofEpochMilli(node.asLong());
        } else if (node.isTextual()) {
            time = parseTime(field, node.asText().strip());
        } else {
            throw wrongType(field, "an ISO-8601 time or epoch milliseconds", node);
        }
        if (time.isBefore(OLDEST)) {
            throw new RecordRejected(
                    DeadLetterReason.TIMESTAMP_OUT_OF_RANGE,
                    "'" + field + "' is " + time + ", before 2000");
        }
        Instant latest = clock.instant().plus(MAX_CLOCK_SKEW);
        if (time.isAfter(latest)) {
            throw new RecordRejected(
                    DeadLetterReason.TIMESTAMP_OUT_OF_RANGE,
                    "'" + field + "' is " + time + ", more than a day in the future");
        }
        return time;
    }

    private Instant parseTime(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                // times without a zone are China time, as every platform here writes them
                return LocalDateTime.parse(text, LOCAL).atZone(CountyTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new RecordRejected(
                        DeadLetterReason.BAD_TIMESTAMP,
                        "'"
                                + field
                                + "' is '"
                                + abbreviate(text)
                                + "'; write e.g. 2026-11-20T08:15:00+08:00");
            }
        }
    }

    JsonNode object(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(field, "an object", node);
        }
        return node;
    }

    long count(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw wrongType(path, "a whole number", node);
        }
        if (node.asLong() < 0) {
            throw new RecordRejected(DeadLetterReason.WRONG_TYPE, "'" + path + "' is negative");
        }
        return node.asLong();
    }

    String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber() && !node.isBoolean()) {
            throw wrongType(field, "a string", node);
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private RecordRejected missing(String field) {
        return new RecordRejected(
                DeadLetterReason.MISSING_FIELD,
                "required field '"
                        + field
                        + "' is missing ("
                        + kind.name().toLowerCase()
                        + " from "
                        + origin
                        + ")");
    }

    private static RecordRejected wrongType(String field, String expected, JsonNode node) {
        return new RecordRejected(
                DeadLetterReason.WRONG_TYPE,
                "'"
                        + field
                        + "' must be "
                        + expected
                        + ", got "
                        + node.getNodeType().toString().toLowerCase());
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
