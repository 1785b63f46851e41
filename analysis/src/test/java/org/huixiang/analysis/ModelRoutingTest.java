package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huixiang.analysis.model.RoutingModel;
import org.huixiang.analysis.model.TextClassifier;
import org.huixiang.analysis.model.TextClassifierTest;
import org.huixiang.common.model.Routing;
import org.huixiang.common.seeds.Region;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.Test;

/** How a trained routing model and the taxonomy combine, and how model labels become units. */
class ModelRoutingTest {

    static final Seeds SEEDS = SeedLoader.loadDefault();
    static final UnitRouter ROUTER = new UnitRouter(SEEDS, Vocabulary.builder());
    static final Optional<Region> SHAHE =
            SEEDS.regions().stream().filter(r -> r.name().equals("沙河镇")).findFirst();

    static RoutingModel.Suggestion model(String unit, double probability) {
        return new RoutingModel.Suggestion(unit, "label", probability, List.of("停水"));
    }

    static Routing unrouted() {
        return new Routing("县政府办公室", List.of("沙河镇人民政府"), List.of("未匹配到政策主题"), true);
    }

    static Routing taxonomy(String lead) {
        return new Routing(lead, List.of("沙河镇人民政府"), List.of("主题 → " + lead), false);
    }

    @Test
    void aConfidentModelRoutesWhatTheTaxonomyCouldNot() {
        Routing r = ROUTER.combine(unrouted(), model("县水利局", 0.83), SHAHE);
        assertThat(r.unrouted()).isFalse();
        assertThat(r.leadUnit()).isEqualTo("县水利局");
        assertThat(r.responsibleUnits()).containsExactly("沙河镇人民政府");
        assertThat(r.reasons().get(0)).contains("模型").contains("0.83").contains("县水利局");
    }

    @Test
    void anUnsureModelLeavesTheTextUnrouted() {
        Routing r = ROUTER.combine(unrouted(), model("县水利局", 0.41), SHAHE);
        assertThat(r.unrouted()).isTrue();
        assertThat(r.leadUnit()).isEqualTo("县政府办公室");
        assertThat(r.reasons()).anyMatch(reason -> reason.contains("置信度不足"));
    }

    @Test
    void aDissentingModelAddsItsUnitOrLeadsWhenVeryConfident() {
        Routing agree = ROUTER.combine(taxonomy("县水利局"), model("县水利局", 0.7), SHAHE);
        assertThat(agree.leadUnit()).isEqualTo("县水利局");
        assertThat(agree.reasons()).anyMatch(reason -> reason.contains("一致"));

        Routing dissent = ROUTER.combine(taxonomy("县水利局"), model("县住建城管局", 0.7), SHAHE);
        assertThat(dissent.leadUnit()).isEqualTo("县水利局");
        assertThat(dissent.responsibleUnits()).contains("县住建城管局", "沙河镇人民政府");

        Routing confident = ROUTER.combine(taxonomy("县水利局"), model("县住建城管局", 0.9), SHAHE);
        assertThat(confident.leadUnit()).isEqualTo("县住建城管局");
        assertThat(confident.responsibleUnits()).contains("县水利局", "沙河镇人民政府");
        assertThat(confident.reasons()).anyMatch(r -> r.contains("改为责任单位"));

        Routing weak = ROUTER.combine(taxonomy("县水利局"), model("县住建城管局", 0.5), SHAHE);
        assertThat(weak.responsibleUnits()).doesNotContain("县住建城管局");
    }

    @Test
    void modelLabelsMustBecomeUnits() throws Exception {
        TextClassifier classifier =
                TextClassifier.train(
                        "routing", TextClassifierTest.sample(), TextClassifier.Options.defaults());
        assertThatThrownBy(
                        () -> RoutingModel.of(classifier, SEEDS, Map.of("交通", List.of("县交通运输局"))))
                .hasMessageContaining("model label '教育'")
                .hasMessageContaining("model label '环境'");
        RoutingModel model =
                RoutingModel.of(
                        classifier,
                        SEEDS,
                        Map.of(
                                "交通",
                                List.of("交通局"),
                                "教育",
                                List.of("县教育体育局"),
                                "环境",
                                List.of("环保局")));
        assertThat(model.suggest("工厂偷排废水，河里都是死鱼").leadUnit()).isEqualTo("县生态环境局");
    }
}
