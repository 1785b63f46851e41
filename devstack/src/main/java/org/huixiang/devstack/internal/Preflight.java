package org.huixiang.devstack.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A free port chosen by the OS, for tests that run next to another stack. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevStackException("no free port on 127.0.0.1", e);
        }
    }
}
