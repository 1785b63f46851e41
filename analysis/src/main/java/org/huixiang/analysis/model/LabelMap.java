package org.huixiang.analysis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.common.seeds.Seeds;

/** A YAML map from dataset or model labels to the units (as in seeds/) that handle them. */
public final class LabelMap {

    private LabelMap() {}

    /**
     * @return label → official unit names, in file order
     * @throws IllegalArgumentException naming the file, the label and each unknown unit
     */
    public static Map<String, List<String>> read(Path file, Seeds seeds) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (root != null) {
            root.fields()
                    .forEachRemaining(
                            e -> {
                                List<String> names = new ArrayList<>();
                                e.getValue()
                                        .forEach(
                                                n ->
                                                        seeds.unitName(n.asText())
                                                                .ifPresentOrElse(
                                                                        names::add,
                                                                        () ->
                                                                                problems.add(
                                                                                        file
                                                                                                + ": "
                                                                                                + e
                                                                                                        .getKey()
                                                                                                + ": unknown unit '"
                                                                                                + n
                                                                                                        .asText()
                                                                                                + "'. Fix: use a unit name or alias from seeds/units.yaml")));
                                map.put(e.getKey(), List.copyOf(names));
                            });
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return map;
    }
}
