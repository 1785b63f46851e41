package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.huixiang.app.replay.Replayer;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huixiang replay}: files into the raw topics. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Sends JSONL (one record per line) or CSV (header row; dotted columns nest) files into",
            "huixiang.responses when the file name says responses/commands, huixiang.raw.messages",
            "when it says message/12345/留言, else huixiang.raw.posts."
        })
final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to replay.")
    List<Path> files;

    @Option(
            names = "--config",
            description =
                    "YAML configuration naming the Kafka cluster. Default: the embedded broker.")
    Path config;

    @Option(
            names = "--history-time",
            description =
                    "Stamp each record with its own time (published_at, submitted_at, a command's"
                            + " at) instead of now, to replay history in the event time it had;"
                            + " run the application with flink.event_time: replay.")
    boolean historyTime;

    @Override
    public Integer call() throws Exception {
        HuixiangConfig cfg = ConfigLoader.load(config, System.getenv());
        Replayer.Result result =
                new Replayer(cfg.kafka().clientProperties(), System.err).replay(files, historyTime);
        System.out.printf(
                "replayed %d records (%d posts, %d messages, %d commands) to %s; %d failed%n",
                result.total(),
                result.posts(),
                result.messages(),
                result.commands(),
                cfg.kafka().bootstrapServers(),
                result.failed());
        return result.failed() == 0 ? 0 : 1;
    }
}
