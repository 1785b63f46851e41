package org.huixiang.alerting.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Origin;
import org.huixiang.common.model.ResponseCommand;
import org.junit.jupiter.api.Test;

class ResponseCommandParserTest {

    private static final OutputTag<DeadLetter> DEAD = new OutputTag<>("dead") {};

    @Test
    void aCitizensNumberInAResponseTextIsMaskedBeforeItGoesOn() throws Exception {
        List<ResponseCommand> out =
                parse(
                        "{\"id\":\"c1\",\"alert_id\":\"a1\",\"unit\":\"县人力资源社会保障局\","
                                + "\"action\":\"RESPOND\",\"text\":\"已电话联系13812345678，"
                                + "身份证号110101199003078515已核实\",\"at\":\"2026-11-01T08:00:00Z\"}");

        assertThat(out).hasSize(1);
        assertThat(out.get(0).text())
                .doesNotContain("13812345678")
                .doesNotContain("110101199003078515")
                .contains("已电话联系");
        assertThat(out.get(0).id()).isEqualTo("c1");
    }

    @Test
    void aMalformedCommandIsADeadLetterWithItsBytes() throws Exception {
        var harness = harness();
        byte[] bytes = "{\"id\": 13812345678".getBytes(StandardCharsets.UTF_8);
        harness.processElement(new StreamRecord<>(new RawRecord(origin(), bytes)));

        assertThat(harness.extractOutputValues()).isEmpty();
        var letters = harness.getSideOutput(DEAD);
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.peek().getValue();
        assertThat(letter.reason()).isEqualTo("malformed_command");
        assertThat(letter.raw()).isEqualTo(bytes);
        harness.close();
    }

    private static List<ResponseCommand> parse(String json) throws Exception {
        var harness = harness();
        harness.processElement(
                new StreamRecord<>(new RawRecord(origin(), json.getBytes(StandardCharsets.UTF_8))));
        List<ResponseCommand> out = harness.extractOutputValues();
        harness.close();
        return out;
    }

    private static OneInputStreamOperatorTestHarness<RawRecord, ResponseCommand> harness()
            throws Exception {
        var harness =
                new OneInputStreamOperatorTestHarness<>(
                        new ProcessOperator<>(new ResponseCommandParser(DEAD)));
        harness.open();
        return harness;
    }

    private static Origin origin() {
        return new Origin("huixiang.responses", 0, 7, Instant.now().toEpochMilli());
    }
}
