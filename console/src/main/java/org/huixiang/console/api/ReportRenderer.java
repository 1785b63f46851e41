package org.huixiang.console.api;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.huixiang.alerting.timeliness.UnitTimeliness;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.CountyTime;

/**
 * Writes a report as HTML (every value escaped: report texts come from citizens' posts) or as
 * Markdown. One outline for both: the sections are built once as rows and rendered twice.
 */
final class ReportRenderer {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(CountyTime.ZONE);

    private ReportRenderer() {}

    /** A table of a section. */
    private record Table(List<String> header, List<List<String>> rows) {}

    /** A section: a heading, sentences, and an optional table. */
    private record Section(String heading, List<String> lines, Table table) {}

    static String html(ReportApi.Report r, String styleTag) {
        StringBuilder h =
                new StringBuilder(
                        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        h.append("<title>")
                .append(esc(r.title()))
                .append("</title>")
                .append(styleTag)
                .append("</head><body class=\"report\">");
        h.append("<h1>").append(esc(r.title())).append("</h1>");
        for (Section s : sections(r)) {
            h.append("<h2>").append(esc(s.heading())).append("</h2>");
            for (String line : s.lines()) {
                h.append("<p>").append(esc(line)).append("</p>");
            }
            if (s.table() != null && !s.table().rows().isEmpty()) {
                h.append("<table><thead><tr>");
                s.table().header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
                h.append("</tr></thead><tbody>");
                for (List<String> row : s.table().rows()) {
                    h.append("<tr>");
                    row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                    h.append("</tr>");
                }
                h.append("</tbody></table>");
            }
        }
        return h.append("</body></html>").toString();
    }

    static String markdown(ReportApi.Report r) {
        StringBuilder m = new StringBuilder("# ").append(r.title()).append("\n\n");
        for (Section s : sections(r)) {
            m.append("## ").append(s.heading()).append("\n\n");
            s.lines().forEach(line -> m.append(line).append("\n\n"));
            if (s.table() != null && !s.table().rows().isEmpty()) {
                m.append("| ").append(String.join(" | ", s.table().header())).append(" |\n");
                m.append("|").append(" --- |".repeat(s.table().header().size())).append("\n");
                for (List<String> row : s.table().rows()) {
                    m.append("| ")
                            .append(
                                    String.join(
                                            " | ", row.stream().map(ReportRenderer::cell).toList()))
                            .append(" |\n");
                }
                m.append("\n");
            }
        }
        return m.toString();
    }

    private static List<Section> sections(ReportApi.Report r) {
        AnalysisApi.Overview d = r.documents();
        String sources =
                String.join(
                        "，",
                        d.sources().stream().map(c -> c.key() + " " + c.count() + " 条").toList());
        long negative = r.negative();
        String share = d.total() == 0 ? "0" : String.format("%.1f", negative * 100.0 / d.total());
        Section overall =
                new Section(
                        "一、总体情况",
                        List.of(
                                "共监测信息 "
                                        + d.total()
                                        + " 条"
                                        + (sources.isEmpty() ? "" : "（" + sources + "）")
                                        + "，其中负面 "
                                        + negative
                                        + " 条，占 "
                                        + share
                                        + "%。"),
                        null);
        List<Alert> alerts = r.alerts();
        String byLevel =
                String.join(
                        "，",
                        List.of("I", "II", "III", "IV").stream()
                                .map(
                                        l ->
                                                l
                                                        + "级 "
                                                        + alerts.stream()
                                                                .filter(
                                                                        a ->
                                                                                a.level()
                                                                                        .name()
                                                                                        .equals(l))
                                                                .count()
                                                        + " 条")
                                .toList());
        Section alertSection =
                new Section(
                        "二、舆情预警",
                        List.of("新增预警 " + alerts.size() + " 条（" + byLevel + "）。"),
                        new Table(
                                List.of("级别", "标题", "牵头单位", "乡镇", "状态", "开始"),
                                alerts.stream()
                                        .limit(30)
                                        .map(
                                                a ->
                                                        List.of(
                                                                a.level().name(),
                                                                a.title(),
                                                                a.leadUnit(),
                                                                a.region() == null
                                                                        ? ""
                                                                        : a.region(),
                                                                state(a.state()),
                                                                TIME.format(a.openedAt())))
                                        .toList()));
        Section hot =
                new Section(
                        "三、热点",
                        List.of(
                                "热点话题：" + join(d.topics(), 8),
                                "相关乡镇：" + join(d.towns(), 8),
                                "热词：" + join(d.words(), 15)),
                        null);
        UnitTimeliness total = r.timeliness().total();
        Section timely =
                new Section(
                        "四、办理时效",
                        List.of(
                                "及时签收率 "
                                        + percent(total.acknowledgeRate())
                                        + "，按时办结率 "
                                        + percent(total.respondRate())
                                        + "，超期 "
                                        + total.overdue()
                                        + " 件。"),
                        new Table(
                                List.of("排名", "单位", "收到", "及时签收率", "按时办结率", "超期"),
                                r.timeliness().units().stream()
                                        .map(
                                                u ->
                                                        List.of(
                                                                u.rank() == null
                                                                        ? "-"
                                                                        : u.rank().toString(),
                                                                u.unit(),
                                                                Integer.toString(u.received()),
                                                                percent(u.acknowledgeRate()),
                                                                percent(u.respondRate()),
                                                                Integer.toString(u.overdue())))
                                        .toList()));
        List<Alert> overdue =
                alerts.stream()
                        .filter(
                                a ->
                                        a.progress().respondOverdue()
                                                || a.progress().acknowledgeOverdue())
                        .toList();
        Section late =
                new Section(
                        "五、超期未办",
                        List.of(overdue.isEmpty() ? "无。" : "共 " + overdue.size() + " 件，请相关单位抓紧办理。"),
                        new Table(
                                List.of("标题", "牵头单位", "状态", "超期"),
                                overdue.stream()
                                        .map(
                                                a ->
                                                        List.of(
                                                                a.title(),
                                                                a.leadUnit(),
                                                                state(a.state()),
                                                                a.progress().respondOverdue()
                                                                        ? "回应超期"
                                                                        : "签收超期"))
                                        .toList()));
        return List.of(overall, alertSection, hot, timely, late);
    }

    private static String join(List<AnalysisApi.Count> counts, int n) {
        List<String> parts =
                counts.stream().limit(n).map(c -> c.key() + "（" + c.count() + "）").toList();
        return parts.isEmpty() ? "无" : String.join("、", parts);
    }

    private static String percent(Double rate) {
        return rate == null ? "-" : String.format("%.1f%%", rate * 100);
    }

    private static String state(AlertState s) {
        return switch (s) {
            case OPEN -> "待签收";
            case ACKNOWLEDGED -> "已签收";
            case RESPONDED -> "已回应";
            case CLOSED -> "已办结";
            case RETURNED -> "已退回";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
