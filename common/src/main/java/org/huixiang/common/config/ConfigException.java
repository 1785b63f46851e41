package org.huixiang.common.config;

import java.util.List;

/**
 * The configuration is invalid; the message names the file, the key and the fix for each problem.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(List<String> problems) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems));
    }
}
