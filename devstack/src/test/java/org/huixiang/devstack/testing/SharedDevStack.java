package org.huixiang.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.DevStackSettings;
import org.huixiang.devstack.internal.Preflight;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded stack per JVM for integration tests: started on first use on free ports in a fresh
 * folder, stopped when the JVM exits. Starting Elasticsearch takes 15–20 s; sharing it keeps the
 * test suite fast. Tests must use their own ids so they do not see each other's data.
 *
 * <p>As a JUnit 5 extension ({@code @ExtendWith(SharedDevStack.class)}) it hands the stack to test
 * and lifecycle methods that take a {@link DevStack} parameter; {@link #get()} serves code that is
 * no test method. The stack is bare: what an application needs in it, the application creates.
 */
public final class SharedDevStack implements ParameterResolver {

    private static DevStack stack;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DevStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get();
    }

    public static synchronized DevStack get() {
        if (stack == null) {
            DevStackSettings settings = settings();
            stack = DevStack.start(settings);
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        stack.close();
                                        deleteQuietly(settings.home());
                                    },
                                    "stop-shared-devstack"));
        }
        return stack;
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }

    private static DevStackSettings settings() {
        try {
            // the system temp folder is reachable by the unprivileged user wherever the checkout is
            Path home = Files.createTempDirectory("huixiang-it-");
            // Elasticsearch runs as an unprivileged user when the tests run as root
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            return new DevStackSettings(home, Preflight.freePort(), Preflight.freePort(), 512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
