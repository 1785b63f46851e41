package org.huixiang.common.seeds;

import java.util.List;

/** The seed files are invalid; the message lists every problem with its file, entry and fix. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super(
                "invalid seeds ("
                        + problems.size()
                        + " problem"
                        + (problems.size() == 1 ? "" : "s")
                        + "):\n  - "
                        + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
