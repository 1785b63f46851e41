package org.huixiang.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a cue file: words of language knowledge grouped under {@code [section]} headers, one
 * section per kind of cue, words separated by spaces, {@code #} comments. A word may stand in
 * several sections. The content and the appeal classifiers keep their cues in such files.
 */
public final class CueFile {

    private CueFile() {}

    /**
     * @param owner the class beside whose package the file lies
     * @param kinds the sections, named as the enum's constants in lower case
     * @throws IllegalStateException on a section the enum lacks or words before the first section
     */
    public static <K extends Enum<K>> TreeMap<String, Set<K>> read(
            Class<?> owner, String file, Class<K> kinds) {
        TreeMap<String, Set<K>> words = new TreeMap<>();
        InputStream in = owner.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException(
                    "cue file " + file + " is not beside " + owner.getName());
        }
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            K current = null;
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    String name = line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT);
                    try {
                        current = Enum.valueOf(kinds, name);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(
                                file + " line " + lineNo + ": no kind of cue " + line, e);
                    }
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(
                            file + " line " + lineNo + ": words before the first [section]");
                }
                for (String word : line.split("\\s+")) {
                    words.computeIfAbsent(word, w -> EnumSet.noneOf(kinds)).add(current);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
