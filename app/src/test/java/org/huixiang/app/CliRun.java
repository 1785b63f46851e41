package org.huixiang.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.huixiang.app.cli.Main;
import org.huixiang.common.json.Json;

/** Runs the command line in-process and keeps its exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new CliRun(
                    code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The commands' contract: with --json, one JSON object on the last line of stdout. */
    static JsonNode lastLineJson(CliRun run) throws Exception {
        String[] lines = run.out.strip().split("\n");
        return Json.mapper().readTree(lines[lines.length - 1]);
    }
}
