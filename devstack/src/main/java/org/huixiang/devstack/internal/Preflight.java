package org.huixiang.devstack.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.huixiang.devstack.DevStackException;

/** Checks made before starting a server, so failures read as causes instead of stack traces. */
public final class Preflight {

    private Preflight() {}

    /** Fails when something already listens on {@code port} of the loopback address. */
    public static void requireFreePort(int port, String what, String setting) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new DevStackException(
                    "port "
                            + port
                            + " ("
                            + what
                            + ") is already in use on 127.0.0.1. Stop the process that holds it"
                            + " (an earlier huixiang? see `./huixiang status`) or choose another port"
                            + " with "
                            + setting
                            + ".");
        }
    }

    /** Fails when the file system of {@code dir} has less than {@code bytes} free. */
    public static void requireFreeSpace(Path dir, long bytes, String what) {
        try {
            Files.createDirectories(dir);
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < bytes) {
                throw new DevStackException(
                        String.format(
                                "only %d MB free under %s, %s needs at least %d MB. Free some disk"
                                        + " space or set the stack's home elsewhere with --home.",
                                free >> 20, dir, what, bytes >> 20));
            }
        } catch (IOException e) {
            throw new DevStackException("cannot use " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ports handed out here are chosen below Linux's ephemeral range (32768–60999): a port the OS
     * picks for outgoing connections can take a stack's neighbouring port between the check and the
     * bind.
     */
    private static final int LOWEST = 20_000;

    private static final int HIGHEST = 32_000;

    /**
     * The neighbours a stack binds next to the port it is given: Kafka's controller, ES transport.
     */
    private static final int[] NEIGHBOURS = {0, 1, 100};

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A free port whose neighbours ({@code +1}, {@code +100}) are free too and that no earlier call
     * of this JVM returned, for tests that run next to another stack.
     */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = random.nextInt(LOWEST, HIGHEST - NEIGHBOURS[NEIGHBOURS.length - 1]);
            if (Arrays.stream(NEIGHBOURS).allMatch(n -> bindable(port + n) && unclaimed(port + n))
                    && Arrays.stream(NEIGHBOURS).allMatch(n -> HANDED_OUT.add(port + n))) {
                return port;
            }
        }
        throw new DevStackException(
                "no free port with free neighbours (+1, +100) between "
                        + LOWEST
                        + " and "
                        + HIGHEST
                        + " on 127.0.0.1");
    }

    private static boolean unclaimed(int port) {
        return !HANDED_OUT.contains(port);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
