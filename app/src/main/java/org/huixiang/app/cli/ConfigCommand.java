package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.huixiang.common.config.ConfigException;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.EnvironmentOverride;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.seeds.SeedException;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huixiang config}: the configuration, checked before anything runs with it. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "The configuration file and its environment overrides.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Variables.class})
final class ConfigCommand implements Runnable {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code huixiang config check}: validates, then prints what the application would use. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Validates the configuration file with the environment's overrides applied, and the",
                "seed files it names. Prints every problem with its file, key and fix (exit 1), or",
                "the settings in effect with secrets hidden (exit 0). Connects to nothing."
            })
    static final class Check implements Callable<Integer> {

        @Option(
                names = "--config",
                description = "YAML configuration file. Without it: the embedded default.")
        Path config;

        @Override
        public Integer call() {
            ConfigLoader.Checked checked;
            Seeds seeds;
            try {
                checked = ConfigLoader.check(config, System.getenv());
                seeds = SeedLoader.load(checked.config().seedsDir());
            } catch (ConfigException e) {
                System.err.println(
                        (config == null ? "(defaults)" : config)
                                + ": "
                                + e.problems().size()
                                + " problem(s)");
                e.problems().forEach(problem -> System.err.println("  " + problem));
                return 1;
            } catch (SeedException e) {
                System.err.println("seed files: " + e.problems().size() + " problem(s)");
                e.problems().forEach(problem -> System.err.println("  " + problem));
                return 1;
            }
            System.out.println((config == null ? "(defaults)" : config) + ": OK");
            describe(checked.config(), seeds).forEach(line -> System.out.println("  " + line));
            if (!checked.overrides().isEmpty()) {
                System.out.println("  from the environment:");
                checked.overrides().stream()
                        .distinct()
                        .forEach(o -> System.out.println("    " + o.variable() + " → " + o.key()));
            }
            return 0;
        }

        private static List<String> describe(HuixiangConfig c, Seeds seeds) {
            var email = c.notifications().email();
            return List.of(
                    "kafka: " + c.kafka(),
                    "kafka.group_id: " + c.kafka().groupId(),
                    "elasticsearch: " + c.elasticsearch() + ", replicas " + c.replicas(),
                    "flink: parallelism "
                            + c.flink().parallelism()
                            + ", checkpoints every "
                            + c.flink().checkpointInterval().toSeconds()
                            + " s to "
                            + c.flink().checkpointDir()
                            + ", event time "
                            + c.flink().eventTime().name().toLowerCase(java.util.Locale.ROOT),
                    "seeds: "
                            + (c.seedsDir() == null ? "packaged" : c.seedsDir())
                            + " ("
                            + seeds.units().size()
                            + " units, "
                            + seeds.topics().size()
                            + " topics)",
                    "console: "
                            + c.console().host()
                            + ":"
                            + c.console().port()
                            + (c.console().adminPassword() == null
                                    ? " (no admin password: set one before real use)"
                                    : ""),
                    "intake: "
                            + c.intake().host()
                            + ":"
                            + c.intake().port()
                            + (c.intake().tokensFile() == null
                                    ? ""
                                    : ", tokens from " + c.intake().tokensFile()),
                    "notifications: "
                            + c.notifications().webhooks().size()
                            + " webhook(s)"
                            + (email == null
                                    ? ""
                                    : ", e-mail via " + email.host() + ":" + email.port()));
        }
    }

    /** {@code huixiang config variables}: the environment overrides, for operators. */
    @Command(
            name = "variables",
            mixinStandardHelpOptions = true,
            description = "Lists the environment variables that override configuration keys.")
    static final class Variables implements Callable<Integer> {
        @Override
        public Integer call() {
            for (EnvironmentOverride o : EnvironmentOverride.values()) {
                String name = o.variable() + (o.name().endsWith("_") ? "<NAME>" : "");
                System.out.printf(
                        "%-40s %s%s%n",
                        name, o.key(), o.secret() ? " (or " + o.variable() + "_FILE)" : "");
            }
            return 0;
        }
    }
}
