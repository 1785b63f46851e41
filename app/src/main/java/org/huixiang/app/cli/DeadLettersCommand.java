package org.huixiang.app.cli;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.TopicStretch;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.ingest.privacy.PiiKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huixiang deadletters}: what the job could not process, counted by stage and reason, and
 * the latest letters; with {@code --raw} their original bytes, opened with the PII key.
 */
@Command(
        name = "deadletters",
        mixinStandardHelpOptions = true,
        description = {
            "Counts the dead letters by stage and reason and shows the latest ones.",
            "Their original bytes are sealed on the topic (they may hold personal data in clear);",
            "--raw opens them with HUIXIANG_PII_KEY or var/pii.key, the key the job used."
        })
final class DeadLettersCommand implements Callable<Integer> {

    private static final int RAW_SHOWN = 2000;

    @Option(names = "--last", description = "How many of the latest letters to show (default 20).")
    int last = 20;

    @Option(names = "--reason", description = "Only letters with this reason, e.g. malformed_json.")
    String reason;

    @Option(names = "--raw", description = "Also show each letter's original bytes, opened.")
    boolean raw;

    @Option(
            names = "--key-file",
            description =
                    "The file holding the job's PII secret (default: var/pii.key); ignored when"
                            + " HUIXIANG_PII_KEY is set.")
    Path keyFile;

    @Option(names = "--config", description = "YAML configuration naming Kafka.")
    Path config;

    @Override
    public Integer call() {
        HuixiangConfig cfg = ConfigLoader.load(config, System.getenv());
        Map<String, String> kafka = cfg.kafka().clientProperties();
        DeadLetterCodec codec =
                raw
                        ? PiiKeys.existing(
                                        System.getenv(),
                                        keyFile != null ? keyFile : Home.path().resolve("pii.key"))
                                .deadLetterCodec()
                        : null;
        // the topic can be large: count as it streams by, keep only the last letters shown
        Map<String, Integer> counts = new TreeMap<>();
        Deque<DeadLetter> shown = new ArrayDeque<>();
        int[] total = {0};
        TopicStretch.forEach(
                kafka,
                TopicOffsets.earliest(kafka, List.of(Topics.DEADLETTER)),
                Duration.ofMinutes(10),
                record -> {
                    DeadLetter letter = DeadLetterCodec.read(record.value());
                    total[0]++;
                    counts.merge(letter.stage() + " " + letter.reason(), 1, Integer::sum);
                    if (reason == null || reason.equals(letter.reason())) {
                        shown.addLast(letter);
                        if (shown.size() > last) {
                            shown.removeFirst();
                        }
                    }
                });
        PrintStream out = System.out;
        out.printf("%s: %d letters%n", Topics.DEADLETTER, total[0]);
        counts.forEach((key, n) -> out.printf("  %-40s %6d%n", key, n));
        for (DeadLetter letter : shown) {
            out.printf(
                    "%n%s  %s  %s  %s%n  %s%n",
                    letter.at(),
                    letter.stage(),
                    letter.reason(),
                    letter.origin() == null ? "-" : letter.origin(),
                    letter.detail());
            if (codec != null && letter.raw() != null) {
                out.println("  raw: " + printable(codec.open(letter).raw()));
            }
        }
        return 0;
    }

    /** UTF-8 text when the bytes are UTF-8, else Base64; cut at a readable length. */
    static String printable(byte[] bytes) {
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException e) {
            text = "base64:" + Base64.getEncoder().encodeToString(bytes);
        }
        return text.length() <= RAW_SHOWN
                ? text
                : text.substring(0, RAW_SHOWN) + " … (" + bytes.length + " bytes)";
    }
}
