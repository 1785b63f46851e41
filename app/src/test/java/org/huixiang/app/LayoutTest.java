package org.huixiang.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
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
                "org.huixiang.analysis.appeal..",
                "org.huixiang.cases.opening..",
                "org.huixiang.alerting.rules..",
                "org.huixiang.alerting.lifecycle..",
                "org.huixiang.alerting.timeliness..",
                "org.huixiang.ingest.parse..",
                "org.huixiang.ingest.text..",
                "org.huixiang.ingest.privacy..",
                "org.huixiang.common.privacy..",
                "org.huixiang.common.deadletter..",
                "org.huixiang.common.model..",
                "org.huixiang.common.json..",
                "org.huixiang.common.format..",
                "org.huixiang.common.config..",
                "org.huixiang.common.seeds.."
            };

    /** The wire model module: its packages may use each other, the JDK and Jackson only. */
    private static final String[] MODEL =
            new String[] {
                "org.huixiang.common.model..",
                "org.huixiang.common.json..",
                "org.huixiang.common.deadletter..",
                "org.huixiang.common.privacy..",
                "org.huixiang.common.format.."
            };

    /** What runs only inside the Flink job: stream functions, the sink, serializers, the job. */
    private static final String[] STREAM_INTERNALS =
            new String[] {
                "org.huixiang.ingest.stage..",
                "org.huixiang.analysis.stage..",
                "org.huixiang.alerting.stage..",
                "org.huixiang.alerting.notify..",
                "org.huixiang.cases.stage..",
                "org.huixiang.common.flink..",
                "org.huixiang.common.elasticsearch.internal..",
                "org.huixiang.job..",
                "org.apache.flink.."
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
                        "org.huixiang.benchmarks.pipeline..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.huixiang.devstack..")
                .check(production);
    }

    @Test
    void theConsoleAndTheIntakeUseNoStreamInternals() {
        noClasses()
                .that()
                .resideInAnyPackage("org.huixiang.console..", "org.huixiang.intake..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(STREAM_INTERNALS)
                .check(production);
    }

    @Test
    void theConsoleAndTheIntakeKnowEachOtherNot() {
        noClasses()
                .that()
                .resideInAPackage("org.huixiang.console..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.huixiang.intake..")
                .check(production);
        noClasses()
                .that()
                .resideInAPackage("org.huixiang.intake..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.huixiang.console..", "org.huixiang.analysis..")
                .check(production);
    }

    @Test
    void theHttpLayerKnowsNoService() {
        classes()
                .that()
                .resideInAPackage("org.huixiang.http..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.huixiang.http..",
                        "org.huixiang.common.json..",
                        "com.fasterxml.jackson..",
                        "java..",
                        "com.sun.net.httpserver..",
                        "org.slf4j..")
                .check(production);
    }

    @Test
    void theWireModelDependsOnJacksonOnly() {
        classes()
                .that()
                .resideInAnyPackage(MODEL)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        Stream.concat(
                                        Stream.of(MODEL),
                                        Stream.of(
                                                "java..",
                                                "javax.crypto..",
                                                "com.fasterxml.jackson.."))
                                .toArray(String[]::new))
                .check(production);
    }

    @Test
    void theStagesKnowNoServiceAndNoJob() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.huixiang.ingest..",
                        "org.huixiang.analysis..",
                        "org.huixiang.alerting..",
                        "org.huixiang.cases..",
                        "org.huixiang.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.huixiang.console..",
                        "org.huixiang.intake..",
                        "org.huixiang.http..",
                        "org.huixiang.job..")
                .check(production);
    }
}
