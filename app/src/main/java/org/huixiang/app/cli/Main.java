package org.huixiang.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code huixiang} command line. */
@Command(
        name = "huixiang",
        mixinStandardHelpOptions = true,
        version = "huixiang 0.1.0",
        description = "回响 — public-opinion monitoring and response for 高县.",
        subcommands = {
            DemoCommand.class,
            UpCommand.class,
            RunCommand.class,
            ClusterCommand.class,
            ConfigCommand.class,
            SetupCommand.class,
            ReplayCommand.class,
            IntakeCommand.class,
            StatusCommand.class,
            DeadLettersCommand.class,
            SeedsCommand.class,
            ExplainCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            ReportCommand.class,
            ConsoleCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(
                        (e, cmd, parsed) -> {
                            cmd.getErr().println("huixiang: " + e.getMessage());
                            return 1;
                        })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
