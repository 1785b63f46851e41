package org.huixiang.intake;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.Locations;
import org.huixiang.common.config.ServiceArgs;
import org.huixiang.ingest.privacy.PiiKeys;

/**
 * The intake as a process: {@code --config FILE}. The console image runs it; {@code huixiang
 * intake} runs {@link #serve} too.
 */
public final class IntakeMain {

    private IntakeMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        serve(
                ServiceArgs.parse("intake", args, Set.of()).load(env),
                PiiKeys.existing(env, Locations.home(env).resolve("pii.key")));
    }

    /**
     * Serves until the process is stopped.
     *
     * @param keys the job's keys: rejects must be sealed with them, never with one made up here
     */
    public static void serve(HuixiangConfig config, PiiKeys keys) throws Exception {
        try (IntakeServer server =
                IntakeServer.start(
                        config.intake(),
                        config.kafka().clientProperties(),
                        keys.parser(Clock.systemUTC()),
                        keys.deadLetterCodec())) {
            System.err.println(
                    "intake on http://"
                            + config.intake().host()
                            + ":"
                            + server.port()
                            + "/intake/v1/ (Ctrl-C stops)");
            new CountDownLatch(1).await();
        }
    }
}
