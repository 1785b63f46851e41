package org.huixiang.common.setup;

import java.nio.file.Files;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.testing.SharedDevStack;

/**
 * The shared embedded stack of this test JVM with the application's topics and index templates in
 * place, made by {@link ApplicationSetup} as {@code huixiang run} makes them.
 */
public final class AppStack {

    private static boolean prepared;

    private AppStack() {}

    public static synchronized DevStack get() {
        DevStack stack = SharedDevStack.get();
        if (!prepared) {
            try {
                ApplicationSetup.prepare(
                        ConfigLoader.embedded(
                                stack.kafkaBootstrapServers(),
                                stack.elasticsearchUrl(),
                                Files.createTempDirectory("huixiang-it-setup-").toString()),
                        (short) 1);
            } catch (Exception e) {
                throw new IllegalStateException(
                        "cannot create the application's topics and templates", e);
            }
            prepared = true;
        }
        return stack;
    }
}
