package org.huixiang.devstack.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A short command-line tool run to its end (keytool, elasticsearch-users), unlike a server. */
public final class Tool {

    private Tool() {}

    /**
     * Runs {@code command} with {@code environment} added; fails with the tool's output when it
     * exits with an error or outlasts {@code timeoutSeconds}.
     */
    public static void run(
            List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String name = command.get(0).substring(command.get(0).lastIndexOf('/') + 1);
        try {
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(name + " " + command.get(1) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + name, e);
        }
    }
}
