package org.huixiang.common.seeds;

import static org.huixiang.common.seeds.SeedLoader.ONGOING;
import static org.huixiang.common.seeds.SeedLoader.TASKS;
import static org.huixiang.common.seeds.SeedLoader.UNITS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code tasks.yaml}: every row of the county's task list (重点工作任务清单) with its lead and
 * responsible units and deadline. Problems go to the loader, which reports them all at once.
 */
final class TaskReader {

    private final SeedLoader loader;

    TaskReader(SeedLoader loader) {
        this.loader = loader;
    }

    List<Task> tasks(
            JsonNode root, Map<String, String> unitIndex, Map<String, List<String>> groups) {
        List<Task> tasks = new ArrayList<>();
        for (JsonNode node : loader.list(root, "tasks", TASKS)) {
            int row = node.path("row").asInt(-1);
            String entry = "row " + row;
            if (row != tasks.size() + 1) {
                loader.problem(
                        TASKS,
                        entry,
                        "is out of order (expected row " + (tasks.size() + 1) + ")",
                        "keep every row of the source document, numbered from 1 without gaps");
            }
            List<String> lead = new ArrayList<>();
            List<String> responsible = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String ref : SeedLoader.strings(node, "lead")) {
                String unit =
                        loader.resolveUnit(
                                unitIndex,
                                ref,
                                TASKS,
                                entry + ".lead",
                                "name a unit from " + UNITS);
                if (unit != null) {
                    lead.add(unit);
                }
            }
            for (String ref : SeedLoader.strings(node, "responsible")) {
                if (groups.containsKey(ref)) {
                    List<String> members = groups.get(ref);
                    if (members.isEmpty()) {
                        kept.add(ref);
                    } else {
                        members.stream()
                                .filter(m -> !responsible.contains(m))
                                .forEach(responsible::add);
                    }
                    continue;
                }
                String unit =
                        loader.resolveUnit(
                                unitIndex,
                                ref,
                                TASKS,
                                entry + ".responsible",
                                "name a unit or a group from " + UNITS);
                if (unit != null && !responsible.contains(unit)) {
                    responsible.add(unit);
                }
            }
            String deadlineText = node.path("deadline").asText("");
            LocalDate deadline = null;
            if (!deadlineText.equals(ONGOING)) {
                try {
                    deadline = LocalDate.parse(deadlineText);
                } catch (DateTimeParseException e) {
                    loader.problem(
                            TASKS,
                            entry + ".deadline",
                            "'" + deadlineText + "' is not a date",
                            "write YYYY-MM-DD or " + ONGOING);
                }
            }
            tasks.add(
                    new Task(
                            row,
                            loader.required(node, "level1", TASKS, entry),
                            loader.required(node, "level2", TASKS, entry),
                            loader.required(node, "work", TASKS, entry),
                            lead,
                            responsible,
                            kept,
                            deadline,
                            node.path("deadline_text").asText(deadlineText)));
        }
        return tasks;
    }
}
