package org.huixiang.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.AlertScope;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huixiang explain "一段文本"}: what the analyzer makes of a text, and why. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description =
                "Shows the segmentation, topics with the terms and weights that matched, lead and responsible units and why, jurisdiction and town, content label, sentiment, and risk with the evidence of its level.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text to analyze (quote it).")
    String text;

    @Option(
            names = "--location",
            description = "A location hint, as a post's place or a citizen's address.")
    String location;

    @Option(
            names = "--source",
            description =
                    "Where the text came from: weibo, news, 12345 … Default: ${DEFAULT-VALUE}")
    String source = "weibo";

    @Option(
            names = "--message",
            description = "Analyze it as a citizen message (on one of the county's own channels).")
    boolean message;

    @Option(names = "--json", description = "Print the analysis as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Seeds seeds = SeedLoader.loadDefault();
        CountyAnalyzer analyzer = new CountyAnalyzer(seeds);
        Document document =
                Document.ofText(
                        message ? DocumentKind.MESSAGE : DocumentKind.POST, source, text, location);
        Analysis a = analyzer.analyze(document);
        if (json) {
            System.out.println(Json.toString(a));
            return 0;
        }
        System.out.println("文本      " + text);
        System.out.println("分词      " + String.join(" / ", a.tokens()));
        System.out.println("关键词    " + String.join("、", a.keywords()));
        if (a.topics().isEmpty()) {
            System.out.println("主题      （无：未达到阈值）");
        }
        for (TopicMatch topic : a.topics()) {
            System.out.printf(
                    "主题      %s (%s) 得分 %.1f：%s%n",
                    topic.name(),
                    topic.id(),
                    topic.score(),
                    topic.matchedTerms().stream()
                            .map(h -> h.term() + " " + fmt(h.weight()) + "×" + h.count())
                            .collect(Collectors.joining("，")));
        }
        System.out.println(
                "牵头单位  "
                        + a.routing().leadUnit()
                        + (a.routing().unrouted() ? "（unrouted：待分办）" : ""));
        System.out.println(
                "责任单位  "
                        + (a.routing().responsibleUnits().isEmpty()
                                ? "—"
                                : String.join("、", a.routing().responsibleUnits())));
        a.routing().reasons().forEach(r -> System.out.println("  依据    " + r));
        System.out.println(
                "属地      "
                        + a.jurisdiction().scope().chinese()
                        + " ("
                        + a.jurisdiction().scope().name().toLowerCase(Locale.ROOT)
                        + ")"
                        + (a.region() == null ? "" : "，乡镇 " + a.region()));
        a.jurisdiction().reasons().forEach(r -> System.out.println("  依据    " + r));
        System.out.println(
                "内容      "
                        + a.content().label().chinese()
                        + " ("
                        + a.content().label().name().toLowerCase(Locale.ROOT)
                        + ")");
        a.content().cues().forEach(r -> System.out.println("  依据    " + r));
        System.out.printf(
                "情感      %s %.2f %s%n",
                a.sentiment().label(), a.sentiment().score(), a.sentiment().cues());
        System.out.printf(
                "风险      %s 级（%s）%.2f%n",
                a.risk().level(), a.risk().level().chinese(), a.risk().score());
        a.risk().levelEvidence().forEach(r -> System.out.println("  等级    " + r));
        a.risk().reasons().forEach(r -> System.out.println("  评分    " + r));
        AlertScope scope = seeds.rules().scope();
        System.out.println(
                scope.admits(a)
                        ? "预警      在预警范围内：由 rules.yaml 的规则决定是否预警"
                        : "预警      不在预警范围（rules.yaml scope："
                                + scope.jurisdictions().stream()
                                        .map(j -> j.chinese())
                                        .sorted()
                                        .collect(Collectors.joining("、"))
                                + "的"
                                + scope.content().stream()
                                        .map(c -> c.chinese())
                                        .sorted()
                                        .collect(Collectors.joining("、"))
                                + "）：只入库、可检索，不预警");
        return 0;
    }

    private static String fmt(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
    }
}
