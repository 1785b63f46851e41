package org.huixiang.common;

import java.time.Instant;
import java.util.List;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertProgress;
import org.huixiang.common.model.AlertResponse;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Appeal;
import org.huixiang.common.model.AppealType;
import org.huixiang.common.model.Author;
import org.huixiang.common.model.CaseDeadlines;
import org.huixiang.common.model.CaseState;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Deadlines;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentEvent;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.Jurisdiction;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.Origin;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.SentimentMix;
import org.huixiang.common.model.TermHit;
import org.huixiang.common.model.TextSignals;
import org.huixiang.common.model.TopicMatch;

/** Records with every field set, so serialization and mapping tests see every field. */
public final class Fixtures {

    public static final Instant PUBLISHED = Instant.parse("2026-11-20T00:15:00Z");
    public static final Instant INGESTED = Instant.parse("2026-11-20T00:16:00Z");

    private Fixtures() {}

    public static AnalyzedDocument analyzedDocument() {
        Document document =
                Document.builder("d1", DocumentKind.MESSAGE, "12345", "GX1")
                        .url("https://x/1")
                        .title("停水")
                        .text("庆符镇停水三天")
                        .publishedAt(PUBLISHED)
                        .ingestedAt(INGESTED)
                        .author(new Author("网友", "u1", true, 10))
                        .engagement(new Engagement(1, 2, 3, 4))
                        .contact(new Contact("王**", "138****5678", "abcd"))
                        .location("庆符镇*组")
                        .citizenCategory("投诉")
                        .replyTo("r1")
                        .repostOf("p1")
                        .contentHash("hash")
                        .maskedKinds(List.of("mobile"))
                        .signals(
                                new TextSignals(
                                        List.of("https://x.cn/a"),
                                        List.of("高县发布"),
                                        List.of("停水"),
                                        List.of("[怒]")))
                        .origin(new Origin("huixiang.raw.messages", 1, 42, 1_700_000_000_000L))
                        .build();
        Analysis analysis =
                new Analysis(
                        List.of("庆符镇", "停水", "三天"),
                        List.of("停水"),
                        List.of(
                                new TopicMatch(
                                        "water", "水利与供水", 3.0, List.of(new TermHit("停水", 3.0, 1)))),
                        new Routing("县水利局", List.of("庆符镇人民政府"), List.of("主题「水利与供水」"), false),
                        "庆符镇",
                        new Jurisdiction(
                                JurisdictionScope.LOCAL,
                                List.of("12345"),
                                List.of("经本县渠道来信：12345")),
                        new Content(ContentLabel.APPEAL, List.of("问题：停水")),
                        new Sentiment(-0.4, Sentiment.Label.NEGATIVE, List.of("停水")),
                        new Risk(0.45, RiskLevel.III, List.of("负面情绪"), List.of("受伤 12 人")),
                        "00ff00ff00ff00ff",
                        new DocumentEvent("d0", "weibo", PUBLISHED.minusSeconds(600), 2));
        return new AnalyzedDocument(document, analysis);
    }

    /** A case with every field set. */
    public static CitizenCase citizenCase() {
        return new CitizenCase(
                CitizenCase.idOf("d1"),
                "d1",
                "12345",
                "停水",
                PUBLISHED,
                new Appeal(AppealType.COMPLAINT, false, List.of("投诉: 投诉")),
                "县水利局",
                List.of("庆符镇人民政府"),
                "庆符镇",
                CaseState.OPEN,
                new CaseDeadlines(PUBLISHED.plusSeconds(7200), PUBLISHED.plusSeconds(5 * 86400)),
                "5 个工作日",
                1);
    }

    public static Alert alert() {
        return new Alert(
                "A1",
                2,
                AlertKind.DOCUMENT,
                RiskLevel.II,
                "停水",
                List.of("规则 x"),
                List.of("severe-risk"),
                List.of("停水"),
                List.of("水利与供水"),
                List.of(new AlertDocument("d1", "12345", "停水", "https://x/1", PUBLISHED)),
                1,
                "d1",
                "12345",
                3,
                new SentimentMix(1, 0, 0),
                "庆符镇",
                "县水利局",
                List.of("庆符镇人民政府"),
                "A0",
                INGESTED,
                INGESTED,
                new Deadlines(
                        INGESTED.plusSeconds(3600),
                        INGESTED.plusSeconds(86400),
                        INGESTED.plusSeconds(18000),
                        INGESTED.plusSeconds(86400)),
                AlertState.RESPONDED,
                new AlertProgress(
                        INGESTED.plusSeconds(60),
                        INGESTED.plusSeconds(600),
                        null,
                        true,
                        false,
                        false,
                        false,
                        true),
                new AlertResponse("县水利局", "张三", "已恢复供水", "https://gov/1", INGESTED),
                List.of(new AlertChange(1, INGESTED, "opened", null, null, "severe-risk", null)),
                INGESTED);
    }
}
