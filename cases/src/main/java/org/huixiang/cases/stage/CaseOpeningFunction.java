package org.huixiang.cases.stage;

import java.time.Instant;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.huixiang.analysis.appeal.AppealClassifier;
import org.huixiang.cases.opening.CaseOpening;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.WorkingCalendar;

/**
 * Opens the case of every citizen message ({@link CaseOpening}); posts pass by. A message whose
 * deadline the calendar cannot count becomes a dead letter naming the calendar file to add, so it
 * is not lost and can be replayed once the file is there.
 */
public final class CaseOpeningFunction extends ProcessFunction<AnalyzedDocument, CitizenCase> {

    /** Accumulators of a bounded run: citizen messages in, and cases opened from them. */
    public static final String MESSAGES_ACCUMULATOR = "messages_in";

    public static final String CASES_ACCUMULATOR = "cases_opened";

    private final Seeds seeds;
    private final OutputTag<DeadLetter> deadLetters;
    private transient CaseOpening opening;
    private transient LongCounter messages;
    private transient LongCounter opened;

    public CaseOpeningFunction(Seeds seeds, OutputTag<DeadLetter> deadLetters) {
        this.seeds = seeds;
        this.deadLetters = deadLetters;
    }

    @Override
    public void open(OpenContext context) {
        opening = new CaseOpening(seeds, new AppealClassifier(), CountyTime.ZONE);
        messages = new LongCounter();
        opened = new LongCounter();
        getRuntimeContext().addAccumulator(MESSAGES_ACCUMULATOR, messages);
        getRuntimeContext().addAccumulator(CASES_ACCUMULATOR, opened);
    }

    @Override
    public void processElement(AnalyzedDocument message, Context ctx, Collector<CitizenCase> out) {
        if (message.document().kind() != DocumentKind.MESSAGE) {
            return;
        }
        messages.add(1);
        try {
            out.collect(opening.open(message));
            opened.add(1);
        } catch (WorkingCalendar.MissingYear e) {
            ctx.output(
                    deadLetters,
                    new DeadLetter(
                            DeadLetterReason.CALENDAR_MISSING.code(),
                            e.getMessage(),
                            "cases",
                            message.document().origin(),
                            Json.toBytes(message.document()),
                            Instant.now()));
        }
    }
}
