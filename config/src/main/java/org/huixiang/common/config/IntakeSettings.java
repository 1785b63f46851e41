package org.huixiang.common.config;

import java.io.Serializable;

/**
 * The HTTP intake endpoint, where feeds and the 12345 system post records.
 *
 * @param tokensFile the producers and their bearer tokens, one {@code name token} per line; null
 *     when not configured (the intake then refuses to start, unless the caller supplies a file, as
 *     the demo does)
 */
public record IntakeSettings(String host, int port, String tokensFile) implements Serializable {

    public static IntakeSettings defaults() {
        return new IntakeSettings("127.0.0.1", 8090, null);
    }

    public IntakeSettings withPort(int value) {
        return new IntakeSettings(host, value, tokensFile);
    }

    public IntakeSettings withTokensFile(String value) {
        return new IntakeSettings(host, port, value);
    }
}
