package org.huixiang.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;

/**
 * Reads records to replay from files. JSONL: every non-blank line is one record, sent byte for byte
 * (so deliberately malformed lines stay malformed). CSV: a header row; each row becomes a JSON
 * object, dotted column names ({@code contact.phone}) become nested objects, whole numbers become
 * numbers except in id and phone columns.
 */
public final class RecordFiles {

    private static final Set<String> TEXT_COLUMNS =
            Set.of("id", "phone", "contact.phone", "source_id");

    private RecordFiles() {}

    /**
     * The topic a file belongs to: its name says responses (commands), messages (or 12345, 留言), or
     * it holds posts.
     */
    public static String topicFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("respons") || name.contains("command")) {
            return Topics.RESPONSES;
        }
        return name.contains("message") || name.contains("12345") || name.contains("留言")
                ? Topics.RAW_MESSAGES
                : Topics.RAW_POSTS;
    }

    /** The fields that carry a record's own time, by kind: command, post, message. */
    private static final List<String> TIME_FIELDS = List.of("at", "published_at", "submitted_at");

    /**
     * The record's own time in epoch milliseconds, or null when it has none that can be read (a
     * malformed record then gets the time of sending, and ingest explains what is wrong with it).
     */
    public static Long timeOf(byte[] record) {
        try {
            JsonNode root = Json.mapper().readTree(record);
            for (String field : TIME_FIELDS) {
                JsonNode value = root == null ? null : root.get(field);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (value.isIntegralNumber()) {
                    return value.asLong();
                }
                return OffsetDateTime.parse(value.asText()).toInstant().toEpochMilli();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    public static List<byte[]> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(file);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return readLines(file);
        }
        throw new IllegalArgumentException(
                file
                        + ": unknown format; use .jsonl (one JSON object per line) or .csv with a header row");
    }

    static List<byte[]> readLines(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        List<byte[]> records = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                int end = i > start && all[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(all, start, end);
                if (!new String(line, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                    records.add(line);
                }
                start = i + 1;
            }
        }
        return records;
    }

    static List<byte[]> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<byte[]> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows =
                mapper.readerFor(Map.class).with(schema).readValues(file.toFile())) {
            while (rows.hasNext()) {
                records.add(Json.toBytes(toJson(rows.next())));
            }
        }
        return records;
    }

    static ObjectNode toJson(Map<String, String> row) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String column = cell.getKey().strip();
            String value = cell.getValue();
            if (value == null || value.isEmpty()) {
                continue;
            }
            ObjectNode parent = root;
            String[] path = column.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                parent =
                        parent.has(path[i])
                                ? (ObjectNode) parent.get(path[i])
                                : parent.putObject(path[i]);
            }
            String leaf = path[path.length - 1];
            if (!TEXT_COLUMNS.contains(column) && value.matches("-?\\d{1,18}")) {
                parent.put(leaf, Long.parseLong(value));
            } else if (value.equals("true") || value.equals("false")) {
                parent.put(leaf, Boolean.parseBoolean(value));
            } else {
                parent.put(leaf, value);
            }
        }
        return root;
    }
}
