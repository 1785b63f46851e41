package org.huixiang.benchmarks.pipeline;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A counter that keeps the user informed while a phase runs. On a terminal it rewrites one line in
 * place; written to a file or a CI log, where carriage returns pile every update into one endless
 * line, it prints a line of its own at most every {@link #LOG_EVERY_MS} and the last state at the
 * end.
 */
final class ProgressLine {

    /** Least time between two lines when not on a terminal. */
    static final long LOG_EVERY_MS = 5_000;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private long lastPrinted = Long.MIN_VALUE;
    private String pending;

    ProgressLine(PrintStream out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** On the process's own standard streams: a terminal when the JVM has a console. */
    static ProgressLine of(PrintStream out) {
        return new ProgressLine(out, System.console() != null, System::currentTimeMillis);
    }

    void update(String line) {
        if (out == null) {
            return;
        }
        if (terminal) {
            out.print("\r" + line);
            out.flush();
            return;
        }
        long now = clock.getAsLong();
        if (lastPrinted == Long.MIN_VALUE || now - lastPrinted >= LOG_EVERY_MS) {
            out.println(line);
            lastPrinted = now;
            pending = null;
        } else {
            pending = line;
        }
    }

    /** Ends the phase: the terminal's line is closed, a log gets the last state not yet printed. */
    void done() {
        if (out == null) {
            return;
        }
        if (terminal) {
            out.println();
        } else if (pending != null) {
            out.println(pending);
            pending = null;
        }
    }
}
