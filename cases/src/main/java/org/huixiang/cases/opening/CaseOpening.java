package org.huixiang.cases.opening;

import java.time.Instant;
import java.time.ZoneId;
import org.huixiang.analysis.appeal.AppealClassifier;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Appeal;
import org.huixiang.common.model.CaseDeadlines;
import org.huixiang.common.model.CaseState;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.seeds.CaseLimits;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.TimeLimit;

/**
 * Opens the case (工单) of a citizen message: its appeal type, the units the analyzer routed it to
 * (an unrouted message goes to the default unit, so no message reaches no one), and its deadlines
 * by type and channel on the working-day calendar. Posts open no case: they are 舆情, answered by
 * alerts.
 */
public final class CaseOpening {

    private final AppealClassifier appeals;
    private final CaseLimits limits;
    private final Seeds seeds;
    private final ZoneId zone;

    public CaseOpening(Seeds seeds, AppealClassifier appeals, ZoneId zone) {
        this.seeds = seeds;
        this.limits = seeds.caseLimits();
        this.appeals = appeals;
        this.zone = zone;
    }

    /**
     * @throws IllegalArgumentException for a post
     * @throws org.huixiang.common.seeds.WorkingCalendar.MissingYear when the deadline falls in a
     *     year without its calendar file
     */
    public CitizenCase open(AnalyzedDocument message) {
        Document d = message.document();
        if (d.kind() != DocumentKind.MESSAGE) {
            throw new IllegalArgumentException("a post opens no case: " + d.id());
        }
        Analysis a = message.analysis();
        Appeal appeal = appeals.classify(d.fullText(), d.citizenCategory());
        Instant opened = d.receivedAt();
        TimeLimit limit = limits.respond(appeal.type(), d.source());
        Instant respond = limit.due(opened, seeds.calendar(), zone);
        Instant acknowledge = opened.plus(limits.acknowledge());
        String lead = a.routing().leadUnit() != null ? a.routing().leadUnit() : seeds.defaultUnit();
        return new CitizenCase(
                CitizenCase.idOf(d.id()),
                d.id(),
                d.source(),
                d.title(),
                opened,
                appeal,
                lead,
                a.routing().responsibleUnits().stream().filter(u -> !u.equals(lead)).toList(),
                a.region(),
                CaseState.OPEN,
                new CaseDeadlines(acknowledge.isBefore(respond) ? acknowledge : respond, respond),
                limit.toString(),
                1);
    }
}
