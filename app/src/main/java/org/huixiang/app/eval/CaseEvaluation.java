package org.huixiang.app.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.analysis.appeal.AppealClassifier;
import org.huixiang.cases.reply.ReplyQuality;
import org.huixiang.common.model.AppealType;
import org.huixiang.common.seeds.WorkingCalendar;

/**
 * What cases would make of real messages with their replies: the appeal types, the quality of the
 * replies, and how many working days the replies took against the time limits. Tallies rows one by
 * one; {@link #report} gives the figures.
 */
public final class CaseEvaluation {

    /** The limits the delays are set against, in working days (those of seeds/sla.yaml). */
    private static final int[] WITHIN = {5, 10, 15};

    /** How message systems write times: 2019/4/25 9:32:09, 2019-04-25 09:32:09, … */
    private static final List<DateTimeFormatter> DAYS =
            List.of(DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ISO_LOCAL_DATE);

    private final AppealClassifier appeals = new AppealClassifier();
    private final ReplyQuality quality = new ReplyQuality();
    private final WorkingCalendar calendar;
    private final Map<AppealType, Integer> types = new EnumMap<>(AppealType.class);
    private final Map<ReplyQuality.Verdict, Integer> verdicts =
            new EnumMap<>(ReplyQuality.Verdict.class);
    private final List<Integer> delays = new ArrayList<>();
    private int messages;
    private int undated;

    public CaseEvaluation(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * One message; {@code reply} and the times may be null when the data has none.
     *
     * @param sent when the citizen wrote, as the data writes it
     * @param replied when the reply was given
     */
    public void add(String message, String reply, String sent, String replied) {
        messages++;
        types.merge(appeals.classify(message, null).type(), 1, Integer::sum);
        if (reply != null) {
            verdicts.merge(quality.check(message, reply).verdict(), 1, Integer::sum);
        }
        if (sent != null && replied != null) {
            LocalDate from = day(sent);
            LocalDate to = day(replied);
            if (from == null
                    || to == null
                    || to.isBefore(from)
                    || !calendar.years().contains(from.getYear())
                    || !calendar.years().contains(to.getYear())) {
                undated++;
            } else {
                delays.add(calendar.workingDaysBetween(from, to));
            }
        }
    }

    /** The figures, in the order they are printed. */
    public Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messages", messages);
        Map<String, Integer> byType = new LinkedHashMap<>();
        types.forEach((type, n) -> byType.put(type.chinese(), n));
        out.put("appeal_types", byType);
        if (!verdicts.isEmpty()) {
            Map<String, Integer> byVerdict = new LinkedHashMap<>();
            verdicts.forEach(
                    (v, n) -> byVerdict.put(v.name().toLowerCase(java.util.Locale.ROOT), n));
            out.put("replies", byVerdict);
        }
        if (!delays.isEmpty()) {
            List<Integer> sorted = new ArrayList<>(delays);
            Collections.sort(sorted);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("replies_timed", sorted.size());
            d.put("undated", undated);
            d.put("p50", sorted.get(sorted.size() / 2));
            d.put("p90", sorted.get((int) (sorted.size() * 0.9)));
            for (int limit : WITHIN) {
                long within = sorted.stream().filter(days -> days <= limit).count();
                d.put("within_" + limit, Math.round(1000.0 * within / sorted.size()) / 10.0);
            }
            out.put("working_days_to_reply", d);
        }
        return out;
    }

    private static LocalDate day(String time) {
        String date = time.strip().split("\\s+")[0];
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }
}
