package org.huixiang.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, written down: what each kind of code may depend on. A rule that fails
 * names the class and the dependency that crosses the line.
 */
class LayoutTest {

    /**
     * The pure cores: analysis, rules, SLA arithmetic, parsing and masking, the wire model, the
     * seeds.
     */
    private static final String[] PURE =
            new String[] {
                "org.huixiang.analysis",
                "org.huixiang.analysis.content..",
                "org.huixiang.analysis.events..",
                "org.huixiang.analysis.model..",
                "org.huixiang.analysis.place..",
                "org.huixiang.analysis.severity..",
                "org.huixiang.alerting.rules..",
                "org.huixiang.alerting.lifecycle..",
                "org.huixiang.alerting.timeliness..",
                "org.huixiang.ingest.parse..",
                "org.huixiang.ingest.text..",
                "org.huixiang.ingest.privacy..",
                "org.huixiang.common.privacy..",
                "org.huixiang.common.deadletter..",
                "org.huixiang.common.model..",
                "org.huixiang.common.seeds.."
            };

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(location -> !location.contains("-tests.jar"))
                        .importPackages("org.huixiang");
    }

    @Test
    void pureCoresImportNoFlinkKafkaOrElasticsearch() {
        noClasses()
                .that()
                .resideInAnyPackage(PURE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.flink..",
                        "org.apache.kafka..",
                        "co.elastic..",
                        "org.elasticsearch..")
                .check(production);
    }

    @Test
    void nothingImportsTheApplication() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.huixiang.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.huixiang.app..")
                .check(production);
    }

    @Test
    void onlyTheCommandLineAndTheBenchmarkStartAnEmbeddedStack() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.huixiang.devstack..",
                        "org.huixiang.app.cli..",
                        "org.huixiang.app.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.huixiang.devstack..")
                .check(production);
    }

    @Test
    void theConsoleUsesNoStageInternals() {
        noClasses()
                .that()
                .resideInAPackage("org.huixiang.alerting.console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.huixiang.ingest..",
                        "org.huixiang.analysis..",
                        "org.huixiang.alerting.stage..",
                        "org.apache.flink..")
                .check(production);
    }
}
