package org.huixiang.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.common.model.DocumentKind;

/**
 * Reads the inputs of {@code huixiang eval alerts}: JSONL cases written to judge the alert decision
 * ({@code {case, group, expect: alert|none, text, location?, source?}}), or a CSV of real posts or
 * messages that all share one expectation.
 */
final class AlertCaseFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertCaseFile() {}

    /** One text to judge and what a response team expects of it. */
    record Case(
            String id,
            String group,
            boolean expectAlert,
            String text,
            String location,
            String source,
            DocumentKind kind) {}

    static List<Case> jsonl(Path file, DocumentKind kind, String defaultSource) throws IOException {
        List<Case> cases = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        file + " line " + lineNo + " is not JSON: " + e.getMessage());
            }
            String expect = node.path("expect").asText("");
            if (!expect.equals("alert") && !expect.equals("none")) {
                throw new IllegalArgumentException(
                        file
                                + " line "
                                + lineNo
                                + ": expect must be \"alert\" or \"none\", not \""
                                + expect
                                + "\"");
            }
            String text = node.path("text").asText("");
            if (text.isBlank()) {
                throw new IllegalArgumentException(file + " line " + lineNo + " has no text");
            }
            cases.add(
                    new Case(
                            node.path("case").asText("line-" + lineNo),
                            node.path("group").asText("(no group)"),
                            expect.equals("alert"),
                            text,
                            textOrNull(node, "location"),
                            node.hasNonNull("source") ? node.get("source").asText() : defaultSource,
                            kind));
        }
        return cases;
    }

    static List<Case> csv(
            Path file,
            String textColumn,
            boolean expectAlert,
            int limit,
            DocumentKind kind,
            String source)
            throws IOException {
        List<String> texts = LabeledText.texts(file, textColumn);
        List<Case> cases = new ArrayList<>();
        String group = file.getFileName().toString();
        for (int i = 0; i < texts.size() && (limit <= 0 || i < limit); i++) {
            cases.add(
                    new Case(
                            "row-" + (i + 1),
                            group,
                            expectAlert,
                            texts.get(i),
                            null,
                            source,
                            kind));
        }
        return cases;
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank()
                ? node.get(field).asText()
                : null;
    }
}
