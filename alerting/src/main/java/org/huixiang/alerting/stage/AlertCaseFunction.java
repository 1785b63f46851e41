package org.huixiang.alerting.stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.huixiang.alerting.lifecycle.AlertCase;
import org.huixiang.alerting.lifecycle.AlertSignal;
import org.huixiang.alerting.lifecycle.AlertUpdates;
import org.huixiang.alerting.lifecycle.DeadlineWatch;
import org.huixiang.alerting.lifecycle.Outcome;
import org.huixiang.alerting.lifecycle.ResponseCommands;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.flink.JsonTypeInfo;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.Seeds;

/**
 * The only writer of alert state. Keyed by alert id (an escalation lives under its parent's key),
 * it applies documents and surge readings (input 1) and response commands (input 2) in event-time
 * order, and turns deadlines into event-time timers: a reminder, then overdue plus an escalation.
 * Every change leaves as a new alert revision; a refused command leaves on {@link #REJECTED} with
 * its reason and changes nothing.
 *
 * <p>Documents and surge readings apply as they arrive: an alert is published the moment its
 * evidence is in, not one out-of-orderness bound later. Commands are held until the watermark
 * passes their timestamp, so a command is never applied before the documents that precede it in
 * event time, however the two topics interleave (it may see documents that came after it: the alert
 * as the console showed it by the time the command was applied). The final watermark of a bounded
 * input is the end of the data, not the passage of time: on it, only the deadlines up to the data's
 * own end fire.
 *
 * <p>Documents that only join an open alert are held (see {@link AlertUpdates#HOLD}) and released
 * by a processing-time timer one hold later, so the console sees them within a second whatever the
 * watermark does; an event-time timer one hold after the first of them releases them too, so that a
 * bounded input, whose processing-time timers may not fire once it ends, publishes them all.
 */
public final class AlertCaseFunction
        extends KeyedCoProcessFunction<String, AlertSignal, ResponseCommand, Alert> {

    public static final String ALERTS_ACCUMULATOR = "alerts_raised";
    public static final String REJECTED_ACCUMULATOR = "commands_rejected";

    /** Refused commands, as dead letters naming the reason. */
    public static final OutputTag<DeadLetter> REJECTED =
            new OutputTag<>("rejected-commands", EdgeTypeInfo.of(DeadLetter.class));

    private final AlertUpdates updates;
    private final ResponseCommands commands;
    private final DeadlineWatch watch;
    private final long endOfData;

    private transient ValueState<AlertCase> state;
    private transient ValueState<Wakeups> wakeups;
    private transient MapState<Long, Pending> pending;
    private transient LongCounter raised;
    private transient LongCounter rejected;

    /**
     * @param endOfData for bounded inputs, the event time the data reaches: at the end of the
     *     input, deadlines up to it still fire, later ones do not; null for unbounded inputs
     */
    public AlertCaseFunction(Seeds seeds, Instant endOfData) {
        this.endOfData = endOfData == null ? Long.MIN_VALUE : endOfData.toEpochMilli();
        this.updates = new AlertUpdates(seeds);
        this.commands = new ResponseCommands(seeds);
        this.watch = new DeadlineWatch(seeds.response(), updates.growth().horizon());
    }

    @Override
    public void open(OpenContext context) {
        state =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "alert-case", JsonTypeInfo.of(AlertCase.class)));
        wakeups =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "wakeups", JsonTypeInfo.of(Wakeups.class)));
        pending =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "pending-inputs",
                                        Types.LONG,
                                        JsonTypeInfo.of(Pending.class)));
        raised = new LongCounter();
        rejected = new LongCounter();
        getRuntimeContext().addAccumulator(ALERTS_ACCUMULATOR, raised);
        getRuntimeContext().addAccumulator(REJECTED_ACCUMULATOR, rejected);
    }

    @Override
    public void processElement1(AlertSignal signal, Context ctx, Collector<Alert> out)
            throws Exception {
        apply(signal, ctx, out);
        schedule(ctx.timerService());
    }

    @Override
    public void processElement2(ResponseCommand command, Context ctx, Collector<Alert> out)
            throws Exception {
        Long ts = ctx.timestamp();
        if (ts != null && ts > ctx.timerService().currentWatermark()) {
            hold(ts, Pending.of(command), ctx.timerService());
            return;
        }
        apply(command, ctx, out);
        schedule(ctx.timerService());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            emit(updates.release(state.value()), out);
            schedule(ctx.timerService());
            return;
        }
        Pending held = pending.get(timestamp);
        if (held != null) {
            pending.remove(timestamp);
            for (AlertSignal signal : held.signals()) {
                apply(signal, ctx, out);
            }
            for (ResponseCommand command : held.commands()) {
                apply(command, ctx, out);
            }
        }
        boolean endOfInput = ctx.timerService().currentWatermark() == Long.MAX_VALUE;
        if (!endOfInput || timestamp <= endOfData) {
            emit(watch.onTime(state.value(), Instant.ofEpochMilli(timestamp)), out);
        }
        AlertCase current = state.value();
        if (current != null
                && current.held() != null
                && (endOfInput || timestamp >= releaseAt(current.held()))) {
            emit(updates.release(current), out);
        }
        schedule(ctx.timerService());
    }

    private static long releaseAt(Instant held) {
        return held.plus(AlertUpdates.HOLD).toEpochMilli();
    }

    private void apply(AlertSignal signal, Context ctx, Collector<Alert> out) throws Exception {
        Outcome outcome =
                signal.document() != null
                        ? updates.onDocument(state.value(), signal.alertId(), signal.document())
                        : updates.onSurge(state.value(), signal.surge());
        emit(outcome, out, ctx.timerService());
    }

    private void apply(ResponseCommand command, Context ctx, Collector<Alert> out)
            throws Exception {
        Outcome outcome = commands.apply(state.value(), command);
        if (outcome.rejection() != null) {
            rejected.add(1);
            ctx.output(
                    REJECTED,
                    new DeadLetter(
                            outcome.rejection().reason(),
                            outcome.rejection().detail(),
                            "alert",
                            null,
                            Json.toBytes(command),
                            command.at()));
            return;
        }
        emit(outcome, out);
    }

    private void emit(Outcome outcome, Collector<Alert> out, TimerService timers) throws Exception {
        AlertCase before = state.value();
        if (outcome.next() != null
                && outcome.next().held() != null
                && (before == null || before.held() == null)) {
            timers.registerProcessingTimeTimer(
                    timers.currentProcessingTime() + AlertUpdates.HOLD.toMillis());
        }
        emit(outcome, out);
    }

    private void emit(Outcome outcome, Collector<Alert> out) throws Exception {
        if (outcome.next() == null) {
            state.clear();
        } else {
            state.update(outcome.next());
        }
        for (Alert revision : outcome.revisions()) {
            if (revision.revision() == 1) {
                raised.add(1);
            }
            out.collect(revision);
        }
    }

    private void hold(long ts, Pending input, TimerService timers) throws Exception {
        Pending held = pending.get(ts);
        pending.put(ts, held == null ? input : held.plus(input));
        timers.registerEventTimeTimer(ts);
    }

    /**
     * Brings the registered deadline timers in line with what the case now waits for: new ones
     * registered, ones no longer needed (responded in time, closed) deleted.
     */
    private void schedule(TimerService timers) throws Exception {
        Set<Long> wanted = new HashSet<>();
        AlertCase current = state.value();
        for (Instant at : watch.wakeUps(current)) {
            wanted.add(at.toEpochMilli());
        }
        if (current != null && current.held() != null) {
            wanted.add(releaseAt(current.held()));
        }
        Wakeups before = wakeups.value();
        Set<Long> registered = before == null ? Set.of() : new HashSet<>(before.times());
        for (Long at : registered) {
            if (!wanted.contains(at) && !pending.contains(at)) {
                timers.deleteEventTimeTimer(at);
            }
        }
        for (Long at : wanted) {
            if (!registered.contains(at)) {
                timers.registerEventTimeTimer(at);
            }
        }
        if (wanted.isEmpty()) {
            wakeups.clear();
        } else {
            wakeups.update(new Wakeups(new ArrayList<>(wanted)));
        }
    }

    /** The deadline timers registered for the key, in epoch milliseconds. */
    public record Wakeups(List<Long> times) {}

    /**
     * Inputs waiting for the watermark to pass their timestamp, in arrival order. Only commands
     * wait now; {@code signals} stays so that state from savepoints of earlier versions, which held
     * documents too, still restores and applies.
     */
    public record Pending(List<AlertSignal> signals, List<ResponseCommand> commands) {

        static Pending of(ResponseCommand command) {
            return new Pending(List.of(), List.of(command));
        }

        Pending plus(Pending other) {
            List<AlertSignal> s = new ArrayList<>(signals);
            s.addAll(other.signals);
            List<ResponseCommand> c = new ArrayList<>(commands);
            c.addAll(other.commands);
            return new Pending(List.copyOf(s), List.copyOf(c));
        }
    }
}
