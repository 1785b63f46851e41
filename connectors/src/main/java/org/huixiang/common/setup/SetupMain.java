package org.huixiang.common.setup;

import java.util.List;
import java.util.Set;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.ServiceArgs;

/**
 * {@link ApplicationSetup} as a process: {@code --config FILE [--topic-replication N]}. The console
 * image runs it as the setup Job; {@code huixiang setup} runs {@link #run} too.
 */
public final class SetupMain {

    private SetupMain() {}

    public static void main(String[] args) throws Exception {
        ServiceArgs parsed = ServiceArgs.parse("setup", args, Set.of("topic-replication"));
        short replication =
                Short.parseShort(parsed.options().getOrDefault("topic-replication", "0"));
        run(parsed.load(System.getenv()), replication);
    }

    /** Prepares the clusters and says what it did on standard output. */
    public static void run(HuixiangConfig config, short topicReplication) throws Exception {
        List<String> created = ApplicationSetup.prepare(config, topicReplication);
        System.out.println(
                "index templates installed on "
                        + config.elasticsearch().hosts()
                        + (created.isEmpty() ? "" : "; topics created: " + created));
    }
}
