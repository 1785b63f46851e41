package org.huixiang.common.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadLetterReasonTest {

    /** A row of the table of reasons ("| reason | meaning |"): | `code` | … or | `a`, `b`, … | … */
    private static final Pattern ROW =
            Pattern.compile("^\\| (`[a-z0-9_]+`(?:, `[a-z0-9_]+`)*) \\|");

    private static final Pattern CODE = Pattern.compile("`([a-z0-9_]+)`");

    @Test
    void theContractListsExactlyTheReasonsTheCodeWrites() throws Exception {
        Set<String> documented = new TreeSet<>();
        boolean inTable = false;
        for (String line :
                Files.readAllLines(Path.of("..", "docs", "contract.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| reason | meaning |")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (inTable && row.find()) {
                Matcher code = CODE.matcher(row.group(1));
                while (code.find()) {
                    documented.add(code.group(1));
                }
            }
        }
        Set<String> written = new TreeSet<>();
        Arrays.stream(DeadLetterReason.values()).forEach(r -> written.add(r.code()));
        assertThat(documented).isEqualTo(written);
    }
}
