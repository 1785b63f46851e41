package org.huixiang.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.huixiang.alerting.timeliness.TimelinessReport;
import org.huixiang.alerting.timeliness.UnitTimeliness;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.console.AlertStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code huixiang report timeliness}: how each unit kept its deadlines over a period. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Reports on the response loop.",
        subcommands = {ReportCommand.Timeliness.class})
final class ReportCommand implements Runnable {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The timeliness report. */
    @Command(
            name = "timeliness",
            mixinStandardHelpOptions = true,
            description = {
                "Per unit: alerts received, 及时签收率 (acknowledged in time), 按时办结率 (responded",
                "in time), overdue counts, median and p90 time to acknowledge and to respond.",
                "Units below the minimum volume of seeds/sla.yaml are listed but not ranked.",
                "Dates are days in Asia/Shanghai (2026-11-20) or instants (2026-11-20T08:00:00Z)."
            })
    static final class Timeliness implements Callable<Integer> {

        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", description = "First day or instant. Default: 7 days ago.")
        String from;

        @Option(names = "--to", description = "Day or instant to stop before. Default: now.")
        String to;

        @Option(names = "--unit", description = "Only this lead unit.")
        String unit;

        @Option(
                names = "--as-of",
                description =
                        "Judge deadlines as of this instant (default: the end of the period, or"
                                + " now if earlier). For replayed history, the end of the replay.")
        String asOf;

        @Option(names = "--json", description = "One JSON object on the last line of stdout.")
        boolean json;

        @Option(names = "--config", description = "YAML configuration naming Elasticsearch.")
        Path config;

        @Override
        public Integer call() throws Exception {
            HuixiangConfig cfg = ConfigLoader.load(config, System.getenv());
            Seeds seeds = SeedLoader.load(cfg.seedsDir());
            Instant now = Instant.now();
            Instant end = to == null ? now : instant("--to", to);
            Instant start = from == null ? end.minus(Duration.ofDays(7)) : instant("--from", from);
            Instant judged =
                    asOf != null ? instant("--as-of", asOf) : end.isBefore(now) ? end : now;
            if (!start.isBefore(end)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--from must be before --to (" + start + " ≥ " + end + ")");
            }
            List<Alert> alerts;
            try (ElasticsearchClients clients = ElasticsearchClients.connect(cfg.elasticsearch())) {
                alerts = new AlertStore(clients.sync()).assignedBetween(start, end);
            }
            int minVolume = seeds.response().minRankingVolume();
            TimelinessReport report =
                    unit == null
                            ? TimelinessReport.of(alerts, start, end, judged, minVolume)
                            : TimelinessReport.forUnits(
                                    alerts, start, end, judged, minVolume, List.of(unit));
            print(report);
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(report));
            }
            return 0;
        }

        private Instant instant(String option, String text) {
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text).atStartOfDay(CountyTime.ZONE).toInstant();
                }
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        option
                                + " '"
                                + text
                                + "' is neither a day (2026-11-20) nor an instant"
                                + " (2026-11-20T08:00:00Z)");
            }
        }

        private static void print(TimelinessReport r) {
            System.out.printf(
                    "timeliness %s – %s (deadlines judged as of %s, %s); ranked with at least %d"
                            + " alerts%n",
                    local(r.from()),
                    local(r.to()),
                    local(r.asOf()),
                    CountyTime.ZONE,
                    r.minVolume());
            System.out.println(
                    line(
                            "rank",
                            "unit",
                            "recv",
                            "及时签收率",
                            "按时办结率",
                            "超期",
                            "退回",
                            "ack p50",
                            "ack p90",
                            "resp p50",
                            "resp p90"));
            for (UnitTimeliness u : r.units()) {
                System.out.println(row(u));
            }
            System.out.println(row(r.total()));
        }

        private static String local(Instant instant) {
            return instant.atZone(CountyTime.ZONE).toLocalDateTime().toString().replace('T', ' ');
        }

        private static String row(UnitTimeliness u) {
            return line(
                    u.rank() == null ? "-" : u.rank().toString(),
                    u.unit(),
                    Integer.toString(u.received()),
                    rate(u.acknowledgedInTime(), u.acknowledgeDue(), u.acknowledgeRate()),
                    rate(u.respondedInTime(), u.respondDue(), u.respondRate()),
                    Integer.toString(u.overdue()),
                    Integer.toString(u.returned()),
                    human(u.medianToAcknowledge()),
                    human(u.p90ToAcknowledge()),
                    human(u.medianToRespond()),
                    human(u.p90ToRespond()));
        }

        /** Columns padded by display width: a Chinese character takes two columns. */
        private static String line(String... cells) {
            int[] widths = {4, 22, 5, 12, 12, 5, 5, 8, 8, 9, 9};
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                int pad = Math.max(1, widths[i] - displayWidth(cell) + 1);
                if (i == 0 || i == 1) {
                    out.append(cell).append(" ".repeat(pad));
                } else {
                    out.append(" ".repeat(pad)).append(cell);
                }
            }
            return out.toString().stripTrailing();
        }

        private static int displayWidth(String s) {
            return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        }

        private static String rate(int part, int whole, Double rate) {
            return rate == null ? "-" : String.format("%.0f%% %d/%d", rate * 100, part, whole);
        }

        private static String human(Duration d) {
            if (d == null) {
                return "-";
            }
            long minutes = d.toMinutes();
            return minutes < 120 ? minutes + "m" : String.format("%.1fh", minutes / 60.0);
        }
    }
}
