package org.huixiang.ingest.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.common.model.DocumentKind;

/**
 * The corpus of bad and hostile records kept in {@code bad-input/cases.tsv}, as bytes: what each
 * record is and what must become of it.
 */
public final class BadInputCorpus {

    /** The resource, also read by the pipeline test of the app module. */
    public static final String RESOURCE = "bad-input/cases.tsv";

    /**
     * One case.
     *
     * @param outcome {@code stored}, {@code duplicate} or {@code dead:<reason>}
     */
    public record Case(String name, DocumentKind kind, String outcome, byte[] bytes) {

        public boolean stored() {
            return outcome.equals("stored");
        }

        /** The dead-letter reason, or null. */
        public String reason() {
            return outcome.startsWith("dead:") ? outcome.substring(5) : null;
        }
    }

    private BadInputCorpus() {}

    public static List<Case> load() {
        try (InputStream in = BadInputCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The corpus with ids unique to {@code run} ({@code bi-…} becomes {@code <run>-bi-…}), so it
     * can run again on the same stack without its records being taken for duplicates.
     */
    public static List<Case> forRun(String run) {
        return load().stream()
                .map(
                        c ->
                                new Case(
                                        c.name(),
                                        c.kind(),
                                        c.outcome(),
                                        new String(c.bytes(), StandardCharsets.ISO_8859_1)
                                                .replace("\"bi-", "\"" + run + "-bi-")
                                                .getBytes(StandardCharsets.ISO_8859_1)))
                .toList();
    }

    public static List<Case> parse(String tsv) {
        List<Case> cases = new ArrayList<>();
        for (String line : tsv.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 4);
            DocumentKind kind = f[1].equals("message") ? DocumentKind.MESSAGE : DocumentKind.POST;
            cases.add(
                    new Case(
                            f[0],
                            kind,
                            f[2],
                            f[3].startsWith("gen:") ? generate(f[3].substring(4)) : bytes(f[3])));
        }
        return cases;
    }

    /** The payload with each {@code \xHH} as one raw byte. */
    public static byte[] bytes(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < payload.length()) {
            if (payload.startsWith("\\x", i) && i + 4 <= payload.length()) {
                out.write(Integer.parseInt(payload.substring(i + 2, i + 4), 16));
                i += 4;
            } else {
                int cp = payload.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    private static byte[] generate(String what) {
        String time = "\"published_at\": \"2026-11-20T10:00:00+08:00\"";
        return switch (what) {
            case "ten-megabytes" ->
                    ("{\"source\": \"weibo\", \"id\": \"bi-gen-10mb\", "
                                    + time
                                    + ", \"text\": \""
                                    + "长".repeat(10 * 1024 * 1024 / 3)
                                    + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
            case "deeply-nested" ->
                    ("{\"source\": \"weibo\", \"id\": \"bi-gen-nested\", "
                                    + time
                                    + ", \"text\": \"深\", \"x\": "
                                    + "[".repeat(200)
                                    + "]".repeat(200)
                                    + "}")
                            .getBytes(StandardCharsets.UTF_8);
            case "long-token" ->
                    ("{\"source\": \"weibo\", \"id\": \"bi-gen-token\", "
                                    + time
                                    + ", \"text\": \""
                                    + "a".repeat(100_000)
                                    + " 庆符镇\"}")
                            .getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no generator '" + what + "'");
        };
    }
}
