package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertResponse;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.Seeds;

/**
 * Applies the response commands of units and the response team to an alert case: 签收, 回应/办结, 退回, 改派,
 * 督办, close. An illegal command — unknown alert or unit, a unit acting on another unit's alert, a
 * team action by a unit, a transition the state does not allow, missing text — is rejected with its
 * reason and changes nothing. Pure.
 */
public final class ResponseCommands implements Serializable {

    private final Seeds seeds;

    /** A response is read by people and kept in every later revision: a page, not a book. */
    public static final int MAX_TEXT = 5_000;

    /** How far a command may seem to precede its alert: clocks of sources and console differ. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(10);

    public ResponseCommands(Seeds seeds) {
        this.seeds = seeds;
    }

    public Outcome apply(AlertCase current, ResponseCommand c) {
        Optional<Alert> found = current == null ? Optional.empty() : current.find(c.alertId());
        if (found.isEmpty()) {
            return Outcome.rejected(
                    current, DeadLetterReason.UNKNOWN_ALERT, "no alert " + c.alertId());
        }
        if (current.appliedCommands().contains(c.id())) {
            return Outcome.unchanged(current);
        }
        Alert alert = found.get();
        String team = seeds.response().team();
        if (c.action() == null) {
            return Outcome.rejected(
                    current, DeadLetterReason.ILLEGAL_TRANSITION, "the command names no action");
        }
        if (!seeds.isUnit(c.unit())) {
            return Outcome.rejected(
                    current,
                    DeadLetterReason.UNKNOWN_UNIT,
                    "'" + c.unit() + "' is not a unit of seeds/units.yaml");
        }
        if (c.action().teamOnly() && !team.equals(c.unit())) {
            return Outcome.rejected(
                    current,
                    DeadLetterReason.NOT_RESPONSE_TEAM,
                    c.action() + " is for the response team (" + team + "), not " + c.unit());
        }
        if (!c.action().teamOnly() && !alert.concerns(c.unit())) {
            return Outcome.rejected(
                    current,
                    DeadLetterReason.NOT_RESPONSIBLE,
                    c.unit() + " is neither lead nor responsible unit of " + alert.id());
        }
        String illegal = illegal(alert, c);
        if (illegal != null) {
            return Outcome.rejected(current, DeadLetterReason.ILLEGAL_TRANSITION, illegal);
        }
        if ((c.action() == ResponseAction.RESPOND || c.action() == ResponseAction.RETURN)
                && blank(c.text())) {
            return Outcome.rejected(
                    current,
                    DeadLetterReason.MISSING_TEXT,
                    c.action() + " needs a text: the response or the reason");
        }
        if (c.text() != null && c.text().length() > MAX_TEXT) {
            return Outcome.rejected(
                    current,
                    DeadLetterReason.TEXT_TOO_LONG,
                    "the text has " + c.text().length() + " characters; at most " + MAX_TEXT);
        }
        if (c.at().isBefore(alert.openedAt().minus(CLOCK_SKEW))) {
            return Outcome.rejected(
                    current,
                    DeadLetterReason.BAD_TIME,
                    "the command is dated "
                            + c.at()
                            + ", before the alert was opened at "
                            + alert.openedAt());
        }
        if (c.action() == ResponseAction.REASSIGN) {
            String problem = assignmentProblem(c.assignTo());
            if (problem != null) {
                return Outcome.rejected(current, DeadLetterReason.BAD_ASSIGNMENT, problem);
            }
        }
        Alert next = transition(alert, c);
        List<Alert> revisions = new ArrayList<>(List.of(next));
        AlertCase after = current.with(next).withCommand(c.id());
        if (next.id().equals(after.alert().id())
                && (next.state() == AlertState.RESPONDED || next.state() == AlertState.CLOSED)) {
            for (Alert escalation : after.escalations()) {
                if (escalation.state() != AlertState.CLOSED) {
                    Alert closed = close(escalation, c.at(), AlertTexts.parentEnded(next.state()));
                    revisions.add(closed);
                    after = after.with(closed);
                }
            }
        }
        return new Outcome(after, List.copyOf(revisions), null);
    }

    /** Why the state does not allow the action, or null when it does. */
    private static String illegal(Alert alert, ResponseCommand c) {
        AlertState s = alert.state();
        boolean allowed =
                switch (c.action()) {
                    case ACKNOWLEDGE -> s == AlertState.OPEN;
                    case RESPOND, RETURN -> s.awaitsUnit();
                    case REASSIGN -> s != AlertState.CLOSED;
                    case ESCALATE -> s.awaitsUnit() || s == AlertState.RETURNED;
                    case CLOSE -> s != AlertState.CLOSED;
                };
        if (alert.kind() == AlertKind.OVERDUE
                && c.action() != ResponseAction.ACKNOWLEDGE
                && c.action() != ResponseAction.CLOSE) {
            return "an escalation can only be acknowledged or closed";
        }
        return allowed ? null : "cannot " + c.action() + " an alert that is " + s;
    }

    private String assignmentProblem(List<String> assignTo) {
        if (assignTo == null || assignTo.isEmpty()) {
            return "reassign needs assign_to: the new lead unit first";
        }
        for (String unit : assignTo) {
            if (!seeds.isUnit(unit)) {
                return "'" + unit + "' is not a unit of seeds/units.yaml";
            }
        }
        return null;
    }

    private Alert transition(Alert alert, ResponseCommand c) {
        Instant at = c.at();
        Alert.Builder b = alert.toBuilder();
        return switch (c.action()) {
            case ACKNOWLEDGE ->
                    b.state(AlertState.ACKNOWLEDGED)
                            .progress(alert.progress().acknowledged(at))
                            .next(at, change(c, "acknowledged", c.text()))
                            .build();
            case RESPOND ->
                    b.state(AlertState.RESPONDED)
                            .progress(alert.progress().responded(at))
                            .response(
                                    new AlertResponse(c.unit(), c.actor(), c.text(), c.link(), at))
                            .next(at, change(c, "responded", c.text()))
                            .build();
            case RETURN -> {
                if (!c.unit().equals(alert.leadUnit())) {
                    List<String> rest = new ArrayList<>(alert.responsibleUnits());
                    rest.remove(c.unit());
                    yield b.units(alert.leadUnit(), rest)
                            .next(at, change(c, "returned", c.text()))
                            .build();
                }
                yield b.state(AlertState.RETURNED)
                        .next(at, change(c, "returned", c.text()))
                        .build();
            }
            case REASSIGN -> {
                List<String> to = c.assignTo();
                yield b.units(to.get(0), to.subList(1, to.size()))
                        .state(AlertState.OPEN)
                        .assigned(
                                at,
                                DeadlinePlan.from(
                                        seeds.deadlines(
                                                alert.level(), alert.documents().get(0).source()),
                                        at))
                        .progress(alert.progress().reassigned())
                        .response(null)
                        .next(
                                at,
                                change(
                                        c,
                                        "reassigned",
                                        alert.leadUnit()
                                                + " → "
                                                + String.join("、", to)
                                                + (blank(c.text()) ? "" : "：" + c.text())))
                        .build();
            }
            case ESCALATE ->
                    b.progress(alert.progress().underSupervision())
                            .next(at, change(c, "escalated", c.text()))
                            .build();
            case CLOSE -> close(alert, at, c);
        };
    }

    private static Alert close(Alert alert, Instant at, ResponseCommand c) {
        return alert.toBuilder()
                .state(AlertState.CLOSED)
                .progress(alert.progress().closed(at))
                .next(at, change(c, "closed", c.text()))
                .build();
    }

    static Alert close(Alert alert, Instant at, String note) {
        return alert.toBuilder()
                .state(AlertState.CLOSED)
                .progress(alert.progress().closed(at))
                .next(at, AlertChange.of(at, "closed", null, null, note))
                .build();
    }

    private static AlertChange change(ResponseCommand c, String action, String note) {
        return AlertChange.byCommand(c.id(), c.at(), action, c.unit(), c.actor(), note);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
