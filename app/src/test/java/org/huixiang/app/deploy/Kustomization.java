package org.huixiang.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features deploy/k8s uses:
 * resources (files and bases), configMapGenerator (create, replace), patches (strategic merge by
 * kind and name, or onto a target by kind and name pattern; inline JSON 6902 replace/add), images,
 * namespace, and image paths from {@code configurations}. Lists in a strategic merge are replaced,
 * which is what kustomize does for the custom resources and lists patched here. Generated names get
 * no content hash, so references keep the base name.
 *
 * <p>Tests cannot rely on kubectl being installed; this renderer was compared with kubectl
 * kustomize (v5.5) on both overlays when written.
 */
final class Kustomization {

    static final YAMLMapper YAML = new YAMLMapper();

    private Kustomization() {}

    /** The resources {@code dir}'s kustomization.yaml produces. */
    static List<ObjectNode> build(Path dir) throws IOException {
        JsonNode k = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            out.addAll(Files.isDirectory(path) ? build(path) : read(path));
        }
        for (JsonNode gen : k.path("configMapGenerator")) {
            ObjectNode map = YAML.createObjectNode();
            map.put("apiVersion", "v1").put("kind", "ConfigMap");
            map.putObject("metadata").put("name", gen.path("name").asText());
            ObjectNode data = map.putObject("data");
            for (JsonNode file : gen.path("files")) {
                data.put(
                        Path.of(file.asText()).getFileName().toString(),
                        Files.readString(dir.resolve(file.asText())));
            }
            if (gen.path("behavior").asText("create").equals("replace")) {
                // the base's ConfigMap keeps its identity (namespace included) and takes the data
                out.stream()
                        .filter(r -> r.path("kind").asText().equals("ConfigMap"))
                        .filter(r -> name(r).equals(name(map)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("nothing to replace: " + name(map)))
                        .set("data", data);
            } else {
                out.add(map);
            }
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, out);
        }
        List<JsonNode> imagePaths = new ArrayList<>();
        for (JsonNode config : k.path("configurations")) {
            YAML.readTree(dir.resolve(config.asText()).toFile())
                    .path("images")
                    .forEach(imagePaths::add);
        }
        for (JsonNode image : k.path("images")) {
            String target = image.path("newName").asText() + ":" + image.path("newTag").asText();
            for (ObjectNode r : out) {
                rewriteImages(r, image.path("name").asText(), target);
                for (JsonNode p : imagePaths) {
                    if (r.path("kind").asText().equals(p.path("kind").asText())) {
                        rewriteAt(
                                r,
                                p.path("path").asText().split("/"),
                                image.path("name").asText(),
                                target);
                    }
                }
            }
        }
        if (k.has("namespace")) {
            for (ObjectNode r : out) {
                if (!r.path("kind").asText().equals("Namespace")) {
                    ((ObjectNode) r.get("metadata")).put("namespace", k.get("namespace").asText());
                }
            }
        }
        return out;
    }

    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (values.hasNext()) {
                JsonNode doc = (JsonNode) values.next();
                if (doc != null && doc.isObject()) {
                    docs.add((ObjectNode) doc);
                }
            }
        }
        return docs;
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    private static void applyPatch(Path dir, JsonNode patch, List<ObjectNode> resources)
            throws IOException {
        JsonNode target = patch.path("target");
        List<JsonNode> docs = new ArrayList<>();
        if (patch.has("path")) {
            docs.addAll(read(dir.resolve(patch.get("path").asText())));
        } else {
            JsonNode inline = YAML.readTree(patch.path("patch").asText());
            if (inline.isArray()) {
                for (ObjectNode r :
                        matching(
                                resources,
                                target.path("kind").asText(),
                                target.path("name").asText())) {
                    for (JsonNode op : inline) {
                        json6902(r, op);
                    }
                }
                return;
            }
            docs.add(inline);
        }
        for (JsonNode doc : docs) {
            List<ObjectNode> targets =
                    target.isMissingNode()
                            ? matching(
                                    resources,
                                    doc.path("kind").asText(),
                                    java.util.regex.Pattern.quote(name(doc)))
                            : matching(
                                    resources,
                                    target.path("kind").asText(),
                                    target.path("name").asText());
            if (targets.isEmpty()) {
                throw new AssertionError("patch " + patch + " matches no resource");
            }
            for (ObjectNode r : targets) {
                ObjectNode copy = doc.deepCopy();
                ((ObjectNode) copy.get("metadata")).remove("name");
                merge(r, copy);
            }
        }
    }

    private static List<ObjectNode> matching(
            List<ObjectNode> resources, String kind, String namePattern) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .filter(r -> namePattern.isEmpty() || name(r).matches(namePattern))
                .toList();
    }

    private static void merge(ObjectNode into, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = into.get(f.getKey());
            if (existing instanceof ObjectNode o && f.getValue().isObject()) {
                merge(o, f.getValue());
            } else {
                into.set(f.getKey(), f.getValue().deepCopy());
            }
        }
    }

    private static void json6902(ObjectNode resource, JsonNode op) {
        String[] parts = op.path("path").asText().substring(1).split("/");
        JsonNode parent = resource;
        for (int i = 0; i < parts.length - 1; i++) {
            parent =
                    parent.isArray()
                            ? parent.get(Integer.parseInt(parts[i]))
                            : parent.get(parts[i]);
            if (parent == null) {
                throw new AssertionError(
                        "JSON patch path " + op.path("path").asText() + " does not exist");
            }
        }
        String last = parts[parts.length - 1];
        String kind = op.path("op").asText();
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (kind.equals("replace")) {
                array.set(index, op.get("value"));
            } else {
                array.insert(index, op.get("value"));
            }
        } else {
            if (kind.equals("replace") && !parent.has(last)) {
                throw new AssertionError(
                        "JSON patch replaces a missing " + op.path("path").asText());
            }
            ((ObjectNode) parent).set(last, op.get("value"));
        }
    }

    private static void rewriteImages(JsonNode node, String name, String target) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode c : node.path(list)) {
                    String image = c.path("image").asText();
                    if (image.equals(name) || image.startsWith(name + ":")) {
                        ((ObjectNode) c).put("image", target);
                    }
                }
            }
            node.elements().forEachRemaining(child -> rewriteImages(child, name, target));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteImages(child, name, target));
        }
    }

    private static void rewriteAt(ObjectNode resource, String[] path, String name, String target) {
        JsonNode parent = resource;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.path(path[i]);
        }
        String image = parent.path(path[path.length - 1]).asText();
        if (parent instanceof ObjectNode o
                && (image.equals(name) || image.startsWith(name + ":"))) {
            o.put(path[path.length - 1], target);
        }
    }
}
