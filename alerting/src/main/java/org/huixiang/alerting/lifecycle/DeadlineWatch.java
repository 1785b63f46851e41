package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertProgress;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.DeadlineKind;
import org.huixiang.common.model.Deadlines;
import org.huixiang.common.seeds.ResponsePolicy;

/**
 * What the passage of (event) time does to an alert case: a reminder after a fraction of each
 * deadline, and at the deadline an overdue flag plus an escalation (超期督办) to the response team; a
 * closed case is forgotten after the retention period, and a case without alert once its documents
 * are too old for any event rule. Pure: the caller turns {@link #wakeUps} into timers and calls
 * {@link #onTime} when one fires.
 */
public final class DeadlineWatch implements Serializable {

    private final ResponsePolicy policy;
    private final Duration tallyHorizon;

    public DeadlineWatch(ResponsePolicy policy, Duration tallyHorizon) {
        this.policy = policy;
        this.tallyHorizon = tallyHorizon;
    }

    /** Every instant at which {@link #onTime} has something to do for this case, soonest first. */
    public List<Instant> wakeUps(AlertCase c) {
        TreeSet<Instant> times = new TreeSet<>();
        if (c == null) {
            return List.of();
        }
        Alert a = c.alert();
        if (a == null) {
            if (c.tally().lastSeen() != null) {
                times.add(c.tally().lastSeen().plus(tallyHorizon));
            }
        } else if (a.state() == AlertState.CLOSED) {
            times.add(a.progress().closedAt().plus(policy.retention()));
        } else if (a.state().awaitsUnit()) {
            AlertProgress p = a.progress();
            Deadlines d = a.deadlines();
            if (p.acknowledgedAt() == null && !p.acknowledgeOverdue()) {
                if (!p.acknowledgeReminded()) {
                    times.add(reminder(a, d.acknowledge()));
                }
                times.add(d.acknowledge());
            }
            if (p.respondedAt() == null && !p.respondOverdue()) {
                if (!p.respondReminded()) {
                    times.add(reminder(a, d.respond()));
                }
                times.add(d.respond());
            }
        }
        return List.copyOf(times);
    }

    /** Applies everything due at or before {@code now}. */
    public Outcome onTime(AlertCase c, Instant now) {
        if (c == null) {
            return Outcome.unchanged(null);
        }
        Alert a = c.alert();
        if (a == null) {
            boolean stale =
                    c.tally().lastSeen() == null
                            || !now.isBefore(c.tally().lastSeen().plus(tallyHorizon));
            return stale ? new Outcome(null, List.of(), null) : Outcome.unchanged(c);
        }
        if (a.state() == AlertState.CLOSED) {
            boolean expired = !now.isBefore(a.progress().closedAt().plus(policy.retention()));
            return expired ? new Outcome(null, List.of(), null) : Outcome.unchanged(c);
        }
        if (!a.state().awaitsUnit()) {
            return Outcome.unchanged(c);
        }
        List<Alert> revisions = new ArrayList<>();
        AlertCase next = c;
        for (DeadlineKind kind : DeadlineKind.values()) {
            Alert current = next.alert();
            Instant deadline = deadline(current, kind);
            if (done(current.progress(), kind) || overdue(current.progress(), kind)) {
                continue;
            }
            if (!now.isBefore(deadline)) {
                Alert flagged =
                        current.toBuilder()
                                .progress(current.progress().overdue(kind))
                                .next(
                                        deadline,
                                        AlertChange.of(
                                                deadline,
                                                "overdue",
                                                current.leadUnit(),
                                                null,
                                                AlertTexts.overdue(
                                                        current.leadUnit(), kind, policy.team())))
                                .build();
                Alert escalation = escalation(flagged, kind, deadline);
                revisions.add(flagged);
                revisions.add(escalation);
                next = next.withAlert(flagged).withEscalation(escalation);
            } else if (!reminded(current.progress(), kind)
                    && !now.isBefore(reminder(current, deadline))) {
                Instant at = reminder(current, deadline);
                Alert reminded =
                        current.toBuilder()
                                .progress(current.progress().reminded(kind))
                                .next(
                                        at,
                                        AlertChange.of(
                                                at,
                                                "reminder",
                                                current.leadUnit(),
                                                null,
                                                AlertTexts.reminder(kind, deadline)))
                                .build();
                revisions.add(reminded);
                next = next.withAlert(reminded);
            }
        }
        return new Outcome(next, List.copyOf(revisions), null);
    }

    private Alert escalation(Alert parent, DeadlineKind kind, Instant at) {
        String note =
                AlertTexts.escalationWhy(
                        parent.leadUnit(), deadline(parent, kind), kind, parent.title());
        return Alert.opening(
                        AlertIds.forEscalation(parent.id(), kind),
                        AlertKind.OVERDUE,
                        parent.level(),
                        AlertTexts.escalationTitle(kind, parent.title()),
                        at,
                        note)
                .why(List.of(note))
                .matchedTerms(parent.matchedTerms())
                .topics(parent.topics())
                .documents(parent.documents(), parent.documentCount())
                .event(parent.eventId(), parent.firstSource())
                .similarCount(parent.similarCount())
                .sentimentMix(parent.sentimentMix())
                .region(parent.region())
                .units(policy.team(), List.of(parent.leadUnit()))
                .parent(parent.id())
                .build();
    }

    private Instant reminder(Alert a, Instant deadline) {
        return DeadlinePlan.reminder(a.assignedAt(), deadline, policy.reminderAt());
    }

    private static Instant deadline(Alert a, DeadlineKind kind) {
        return kind == DeadlineKind.ACKNOWLEDGE
                ? a.deadlines().acknowledge()
                : a.deadlines().respond();
    }

    private static boolean done(AlertProgress p, DeadlineKind kind) {
        return kind == DeadlineKind.ACKNOWLEDGE
                ? p.acknowledgedAt() != null
                : p.respondedAt() != null;
    }

    private static boolean overdue(AlertProgress p, DeadlineKind kind) {
        return kind == DeadlineKind.ACKNOWLEDGE ? p.acknowledgeOverdue() : p.respondOverdue();
    }

    private static boolean reminded(AlertProgress p, DeadlineKind kind) {
        return kind == DeadlineKind.ACKNOWLEDGE ? p.acknowledgeReminded() : p.respondReminded();
    }
}
