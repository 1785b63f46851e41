package org.huixiang.common.config;

import java.util.List;

/**
 * The configuration is invalid; the message names the file, the key and the fix for each problem.
 */
public class ConfigException extends RuntimeException {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the file (or variable), the key and the fix. */
    public List<String> problems() {
        return problems;
    }
}
