package org.huixiang.console.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.huixiang.alerting.timeliness.TimelinessReport;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.CountyTime;
import org.huixiang.console.AlertStore;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;
import org.huixiang.http.Reply;

/**
 * 日报 and 周报: the documents, alerts and timeliness of a day or a week, as a printable page, a
 * downloadable HTML or Markdown file, or JSON.
 */
public final class ReportApi {

    private final AnalysisApi analysis;
    private final AlertStore alerts;
    private final TimelinessApi timeliness;
    private final Clock clock;

    public ReportApi(
            AnalysisApi analysis, AlertStore alerts, TimelinessApi timeliness, Clock clock) {
        this.analysis = analysis;
        this.alerts = alerts;
        this.timeliness = timeliness;
        this.clock = clock;
    }

    /** Everything a report says. */
    public record Report(
            String title,
            String kind,
            LocalDate firstDay,
            LocalDate lastDay,
            AnalysisApi.Overview documents,
            List<Alert> alerts,
            TimelinessReport timeliness) {

        public long negative() {
            return documents.volume().stream().mapToLong(AnalysisApi.Step::negative).sum();
        }
    }

    public Object daily(Call call) throws IOException {
        LocalDate day =
                Period.date(call.query("date"), LocalDate.now(clock.withZone(CountyTime.ZONE)));
        return render(call, build(call, "日报", Period.day(day)));
    }

    public Object weekly(Call call) throws IOException {
        LocalDate day =
                Period.date(call.query("date"), LocalDate.now(clock.withZone(CountyTime.ZONE)));
        return render(call, build(call, "周报", Period.week(day)));
    }

    private Report build(Call call, String kind, Period p) throws IOException {
        List<Alert> inPeriod = alerts.assignedBetween(p.from(), p.to());
        List<Alert> raised =
                inPeriod.stream()
                        .filter(a -> a.kind() != AlertKind.OVERDUE)
                        .sorted(
                                Comparator.comparing((Alert a) -> a.level().ordinal())
                                        .thenComparing(Alert::openedAt))
                        .toList();
        LocalDate first = p.from().atZone(CountyTime.ZONE).toLocalDate();
        LocalDate last = p.to().atZone(CountyTime.ZONE).toLocalDate().minusDays(1);
        String title =
                "高县政务舆情"
                        + kind
                        + " "
                        + (first.equals(last) ? first.toString() : first + " 至 " + last);
        return new Report(
                title,
                kind,
                first,
                last,
                analysis.overview(p),
                raised,
                timeliness.report(SessionAccess.of(call).account(), inPeriod, p));
    }

    private Object render(Call call, Report report) {
        String format = call.query("format") == null ? "html" : call.query("format");
        boolean download = call.query("download") != null;
        String name = report.kind() + "-" + report.firstDay();
        return switch (format) {
            case "json" -> report;
            case "md" ->
                    Reply.download(
                            "text/markdown; charset=utf-8",
                            ReportRenderer.markdown(report).getBytes(StandardCharsets.UTF_8),
                            name + ".md");
            case "html" ->
                    download
                            ? Reply.download(
                                    "text/html; charset=utf-8",
                                    ReportRenderer.html(report, "<style>" + css() + "</style>")
                                            .getBytes(StandardCharsets.UTF_8),
                                    name + ".html")
                            : Reply.html(
                                    ReportRenderer.html(
                                            report,
                                            "<link rel=\"stylesheet\" href=\"/report.css\">"));
            default -> throw ApiException.badRequest("format is html, md or json");
        };
    }

    private static String css() {
        try (InputStream in =
                ReportApi.class.getClassLoader().getResourceAsStream("console/report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            return "";
        }
    }
}
