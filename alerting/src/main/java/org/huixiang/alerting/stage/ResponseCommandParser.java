package org.huixiang.alerting.stage;

import java.time.Instant;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.privacy.PersonalDataMasker;

/**
 * Reads response commands from {@code huixiang.responses}; a record that is not a well-formed
 * command becomes a dead letter ({@code malformed_command}) with its bytes and origin, and so does
 * one dated in the future ({@code bad_time}). Personal data in a command's text is masked here.
 */
public final class ResponseCommandParser extends ProcessFunction<RawRecord, ResponseCommand> {

    public static final String MALFORMED_ACCUMULATOR = "commands_malformed";

    /** Clocks differ a little; beyond this a command's time is not to be believed. */
    static final java.time.Duration FUTURE_TOLERANCE = java.time.Duration.ofMinutes(5);

    private final OutputTag<DeadLetter> deadLetters;
    private transient LongCounter malformed;

    public ResponseCommandParser(OutputTag<DeadLetter> deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void open(OpenContext context) {
        malformed = new LongCounter();
        getRuntimeContext().addAccumulator(MALFORMED_ACCUMULATOR, malformed);
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<ResponseCommand> out) {
        String problem;
        try {
            ResponseCommand command =
                    Json.mapper().readValue(record.value(), ResponseCommand.class);
            problem = missing(command);
            if (problem == null && command.at().isAfter(Instant.now().plus(FUTURE_TOLERANCE))) {
                // in live time it would wait for its moment until then; in any time it is wrong
                dead(
                        record,
                        ctx,
                        DeadLetterReason.BAD_TIME.code(),
                        "the command is dated " + command.at() + ", in the future");
                return;
            }
            if (problem == null) {
                out.collect(masked(command));
                return;
            }
        } catch (Exception e) {
            problem =
                    e.getMessage() == null
                            ? e.toString()
                            : e.getMessage().lines().findFirst().orElse("");
        }
        dead(record, ctx, DeadLetterReason.MALFORMED_COMMAND.code(), problem);
    }

    private void dead(RawRecord record, Context ctx, String reason, String detail) {
        malformed.add(1);
        ctx.output(
                deadLetters,
                new DeadLetter(
                        reason, detail, "alert", record.origin(), record.value(), Instant.now()));
    }

    /**
     * A response text may quote the citizen ("已电话联系13812345678"); it goes into the alert's history,
     * so it is masked like every text that reaches Elasticsearch.
     */
    private static ResponseCommand masked(ResponseCommand c) {
        if (c.text() == null) {
            return c;
        }
        return new ResponseCommand(
                c.id(),
                c.alertId(),
                c.unit(),
                c.actor(),
                c.action(),
                PersonalDataMasker.mask(c.text()).text(),
                c.link(),
                c.assignTo(),
                c.at());
    }

    private static String missing(ResponseCommand c) {
        if (c == null) {
            return "the record is empty";
        }
        if (c.id() == null
                || c.alertId() == null
                || c.unit() == null
                || c.action() == null
                || c.at() == null) {
            return "a command needs id, alert_id, unit, action and at";
        }
        return null;
    }
}
