package org.huixiang.analysis.model;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A text and its label, as read from a labelled CSV file with a header row. */
public record LabeledText(String text, String label) {

    /**
     * Reads every row of the files; rows with an empty text or label are skipped and counted.
     *
     * @throws IllegalArgumentException naming the file and the missing column
     */
    public static List<LabeledText> read(List<Path> files, String textColumn, String labelColumn)
            throws IOException {
        List<LabeledText> rows = new ArrayList<>();
        for (Path file : files) {
            for (Map<String, String> row : rows(file, List.of(textColumn, labelColumn))) {
                String text = row.get(textColumn);
                String label = row.get(labelColumn);
                if (text != null && !text.isBlank() && label != null && !label.isBlank()) {
                    rows.add(new LabeledText(text, label.strip()));
                }
            }
        }
        return rows;
    }

    /** The non-empty texts of one column, in file order (an unlabelled stream of posts). */
    public static List<String> texts(Path file, String textColumn) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Map<String, String> row : rows(file, List.of(textColumn))) {
            String text = row.get(textColumn);
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /**
     * The rows of a CSV with a header, each a map from column to value.
     *
     * @throws IllegalArgumentException when the file lacks one of {@code columns}, naming them all
     */
    public static List<Map<String, String>> rows(Path file, List<String> columns)
            throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it =
                mapper.readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(file.toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                if (rows.isEmpty()) {
                    columns.forEach(column -> requireColumn(file, row, column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void requireColumn(Path file, Map<String, String> row, String column) {
        if (!row.containsKey(column)) {
            throw new IllegalArgumentException(
                    file + " has no column '" + column + "'; its columns are " + row.keySet());
        }
    }
}
