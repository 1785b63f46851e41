package org.huixiang.alerting.lifecycle;

import java.time.Duration;
import java.time.Instant;
import org.huixiang.common.model.Deadlines;
import org.huixiang.common.seeds.LevelDeadlines;

/** Deadline arithmetic of the SLA policy. Pure. */
public final class DeadlinePlan {

    private DeadlinePlan() {}

    /** The deadlines of the policy counted from {@code from}. */
    public static Deadlines from(LevelDeadlines policy, Instant from) {
        return new Deadlines(
                from.plus(policy.acknowledge()),
                from.plus(policy.respond()),
                plus(from, policy.authoritativeRelease()),
                plus(from, policy.pressConference()));
    }

    /** Each deadline the earlier of the two; a deadline only one of them has is kept. */
    public static Deadlines earliest(Deadlines a, Deadlines b) {
        return new Deadlines(
                earlier(a.acknowledge(), b.acknowledge()),
                earlier(a.respond(), b.respond()),
                earlier(a.authoritativeRelease(), b.authoritativeRelease()),
                earlier(a.pressConference(), b.pressConference()));
    }

    /** When to remind: after {@code fraction} of the time from {@code from} to the deadline. */
    public static Instant reminder(Instant from, Instant deadline, double fraction) {
        long span = Duration.between(from, deadline).toMillis();
        return from.plusMillis((long) Math.floor(span * fraction));
    }

    private static Instant plus(Instant from, Duration d) {
        return d == null ? null : from.plus(d);
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
