package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.ingest.privacy.PiiKeys;
import org.huixiang.intake.IntakeMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huixiang intake}: the HTTP intake endpoint on its own, against the configured Kafka. */
@Command(
        name = "intake",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the HTTP intake (POST /intake/v1/posts and /intake/v1/messages with a bearer",
            "token from intake.tokens_file) against the Kafka of the configuration, until Ctrl-C.",
            "Rejected records are dead-lettered with their raw bytes sealed by HUIXIANG_PII_KEY."
        })
final class IntakeCommand implements Callable<Integer> {

    @Option(names = "--config", description = "YAML configuration file (see README).")
    Path config;

    @Override
    public Integer call() throws Exception {
        // rejects must be sealed with the job's key, never with one made up here
        IntakeMain.serve(
                ConfigLoader.load(config, System.getenv()),
                PiiKeys.existing(System.getenv(), Home.path().resolve("pii.key")));
        return 0;
    }
}
