package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.huixiang.common.format.Durations;

/**
 * One reading of the configuration: the parsed file, the environment that overrides it, and the
 * problems found so far. Every section reader works through one of these so that they all agree on
 * which source wins, on how a problem names its origin (file or variable), and on what counts as
 * used; and so that the problems of all sections end up in one report.
 */
final class ConfigSource {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String file;
    private final JsonNode root;
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();
    private final List<EnvironmentOverride> applied = new ArrayList<>();

    private ConfigSource(String file, JsonNode root, Map<String, String> env) {
        this.file = file;
        this.root = root;
        this.env = env;
    }

    /**
     * Parses {@code file}, or starts from an empty one when it is null (defaults only).
     *
     * @throws ConfigException at once when the file cannot be read: no section can be checked then
     */
    static ConfigSource open(Path file, Map<String, String> env) {
        JsonNode root = YAML.createObjectNode();
        String name = file == null ? "(defaults)" : file.toString();
        if (file != null) {
            try {
                JsonNode read = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
                // an empty file parses to nothing and means the defaults, like no file
                if (read != null && !read.isMissingNode() && !read.isNull()) {
                    root = read;
                }
            } catch (IOException e) {
                throw new ConfigException(
                        List.of(
                                name
                                        + ": cannot be read ("
                                        + e.getMessage()
                                        + "). Fix: pass an existing YAML file to --config"));
            }
        }
        return new ConfigSource(name, root, env);
    }

    JsonNode root() {
        return root;
    }

    /** The node at a dotted path of the file (missing when absent). */
    JsonNode at(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    // --- the environment

    /** The value of the variable {@code name}, or null; for names the file gives (url_env). */
    String variable(String name) {
        return env.get(name);
    }

    /** Every variable, for the families an override names by prefix. */
    Map<String, String> variables() {
        return env;
    }

    /** Notes that {@code override} shaped the configuration, for {@link ConfigLoader.Checked}. */
    void used(EnvironmentOverride override) {
        applied.add(override);
    }

    /** The overrides used so far, in the order read. */
    List<EnvironmentOverride> applied() {
        return List.copyOf(applied);
    }

    // --- values

    /** As {@link #raw}, with {@code fallback} for neither. */
    String value(EnvironmentOverride override, JsonNode section, String field, String fallback) {
        String raw = raw(override, section, field);
        return raw == null ? fallback : raw;
    }

    /** The environment's value when the variable is set, else the file's, else null. */
    String raw(EnvironmentOverride override, JsonNode section, String field) {
        if (override != null && env.containsKey(override.variable())) {
            applied.add(override);
            return env.get(override.variable());
        }
        return section.hasNonNull(field) ? section.get(field).asText() : null;
    }

    /**
     * A secret from the environment, the file, or a file either names ({@code <VARIABLE>_FILE},
     * {@code <field>_file}).
     */
    String secret(EnvironmentOverride override, JsonNode section) {
        String field = field(override.key());
        String direct = value(override, section, field, null);
        if (direct != null) {
            return direct;
        }
        String fileVariable = override.variable() + "_FILE";
        String path = env.get(fileVariable);
        String key = fileVariable + " (environment)";
        if (path != null) {
            applied.add(override);
        } else {
            path = section.path(field + "_file").asText(null);
            key = override.key() + "_file";
        }
        if (path == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            problem(
                    key,
                    "cannot read '" + path + "'",
                    "point it at a readable file holding only the secret");
            return null;
        }
    }

    /**
     * @param key the full key, e.g. {@code flink.parallelism}; its last part is the field
     */
    int integer(JsonNode section, String key, EnvironmentOverride override, int fallback, int min) {
        String raw = raw(override, section, field(key));
        if (raw == null) {
            return fallback;
        }
        String origin = where(override, key);
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min) {
                problem(origin, "is " + value, "use a number of at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            invalid(
                    origin,
                    raw,
                    "is not a whole number",
                    "write a number such as " + Math.max(min, 1));
            return fallback;
        }
    }

    /**
     * @param key the full key, e.g. {@code flink.checkpoint_interval}; its last part is the field
     */
    Duration duration(
            JsonNode section, String key, EnvironmentOverride override, Duration fallback) {
        String raw = raw(override, section, field(key));
        if (raw == null) {
            return fallback;
        }
        try {
            return Durations.parse(raw);
        } catch (IllegalArgumentException e) {
            problem(where(override, key), e.getMessage(), "write e.g. 10s");
            return fallback;
        }
    }

    /**
     * One of {@code type}'s constants, written in any case; {@code fallback} (after a problem) when
     * {@code text} names none.
     */
    <E extends Enum<E>> E choice(
            Class<E> type, String text, E fallback, String key, String isNot, String fix) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            invalid(key, text, isNot, fix);
            return fallback;
        }
    }

    /**
     * An optional path that must name a readable file when given.
     *
     * @param key the full key; its last part is the field
     * @param what what the file should be, for the fix
     */
    String readableFile(JsonNode section, String key, EnvironmentOverride override, String what) {
        return path(section, key, override, Files::isReadable, "is not a readable file", what);
    }

    /** An optional path that must name a folder when given; as {@link #readableFile}. */
    String folder(JsonNode section, String key, EnvironmentOverride override, String what) {
        return path(section, key, override, Files::isDirectory, "is not a folder", what);
    }

    // the problem names the key even when the environment gave the path, as it always has
    private String path(
            JsonNode section,
            String key,
            EnvironmentOverride override,
            Predicate<Path> fits,
            String isNot,
            String what) {
        String path = raw(override, section, field(key));
        if (path != null && !fits.test(Path.of(path))) {
            invalid(key, path, isNot, "point it at " + what);
        }
        return path;
    }

    /** The texts of a YAML list (none for a scalar), unmodifiable as the settings keep them. */
    static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return List.copyOf(texts);
    }

    static String field(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    // --- problems

    /**
     * Where a value came from, for messages: the variable when the environment set it, else the
     * key's full name in the file.
     */
    String where(EnvironmentOverride override, String key) {
        if (override != null && env.containsKey(override.variable())) {
            return override.variable() + " (environment, overrides " + key + ")";
        }
        return key;
    }

    /** As {@link #checkKeys(JsonNode, String, Set)} for the section at {@code path}. */
    void checkKeys(String path, Set<String> known) {
        checkKeys(at(path), path, known);
    }

    /** Reports keys of {@code section} that no setting reads (a typo would silently do nothing). */
    void checkKeys(JsonNode section, String path, Set<String> known) {
        if (section.isMissingNode() || section.isNull()) {
            return;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        if (!section.isObject()) {
            problem(path, "is not a section", "write its keys indented below it");
            return;
        }
        section.fieldNames()
                .forEachRemaining(
                        key -> {
                            if (!known.contains(key)) {
                                problem(
                                        prefix + key,
                                        "is not a known key",
                                        "use one of " + new TreeSet<>(known));
                            }
                        });
    }

    void problem(String key, String what, String fix) {
        problems.add(file + ": " + key + ": " + what + ". Fix: " + fix);
    }

    /** A problem with a value the operator wrote, quoted so blanks and typos show. */
    void invalid(String key, String value, String isNot, String fix) {
        problem(key, "'" + value + "' " + isNot, fix);
    }

    /** How many problems were found so far; a section passes it to {@link #ifClean} later. */
    int problemCount() {
        return problems.size();
    }

    /**
     * The section's settings from {@code settings}, or null when the section added problems since
     * {@code before}: the settings' records check themselves too, and must see only what passed
     * here, so that every problem is reported at once.
     */
    <T> T ifClean(int before, Supplier<T> settings) {
        return problems.size() > before ? null : settings.get();
    }

    /**
     * @throws ConfigException with every problem found, when there is any
     */
    void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
