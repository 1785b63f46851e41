package org.huixiang.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.FallbackKey;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.EnvironmentOverride;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.format.Durations;
import org.huixiang.common.kafka.TopicSetup;
import org.huixiang.common.kafka.Topics;
import org.huixiang.devstack.ElasticsearchDistribution;
import org.huixiang.job.ClusterEntryPoint;
import org.huixiang.job.Connectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every manifest under deploy/ parses, and the fields that must agree with the code do: topic names
 * and partitions, ACLs against what each component reads and writes, the transactional-id prefix,
 * image names and Dockerfiles, the entry class and its arguments, the configuration each container
 * gets (loaded with its environment and mounts exactly as in the pod), Flink option keys, ports,
 * probes, and the secrets an operator must create.
 */
class DeployManifestsTest {

    static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

    /** Secrets the operators create: Strimzi (cluster CA, one per KafkaUser) and ECK. */
    static final Map<String, Set<String>> OPERATOR_SECRETS =
            Map.of(
                    "huixiang-kafka-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"),
                    "huixiang-es-http-certs-public", Set.of("ca.crt", "tls.crt"),
                    "huixiang-es-elastic-user", Set.of("elastic"));

    @TempDir Path pods;

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void manifestsAgreeWithTheCode(String overlay) throws Exception {
        List<ObjectNode> all = Kustomization.build(DEPLOY.resolve("k8s/overlays/" + overlay));
        for (ObjectNode r : all) {
            assertThat(r.path("apiVersion").asText()).as("apiVersion of " + r).isNotEmpty();
            assertThat(Kustomization.name(r)).as("name of a " + r.path("kind")).isNotEmpty();
            if (!r.path("kind").asText().equals("Namespace")) {
                assertThat(r.path("metadata").path("namespace").asText()).isEqualTo("huixiang");
            }
        }
        ObjectNode flink = one(all, "FlinkDeployment", "huixiang");
        HuixiangConfig jobConfig = containerConfig(all, flink, mainContainer(flink));
        int parallelism = flink.path("spec").path("job").path("parallelism").asInt();

        assertThat(jobConfig.flink().parallelism())
                .as("the configuration's parallelism is the FlinkDeployment's")
                .isEqualTo(parallelism);
        topicsMatch(all, parallelism);
        aclsMatch(all, jobConfig);
        flinkDeploymentMatches(all, flink, jobConfig);
        servicesMatch(all);
        for (ObjectNode workload : workloads(all)) {
            containerConfig(all, workload, podSpec(workload).path("containers").get(0));
        }
        assertThat(one(all, "Elasticsearch", "huixiang").path("spec").path("version").asText())
                .as("the Elasticsearch version the tests run")
                .isEqualTo(ElasticsearchDistribution.version());
        secretsAreKnownOrDocumented(all);
    }

    private static void topicsMatch(List<ObjectNode> all, int parallelism) {
        List<ObjectNode> topics = of(all, "KafkaTopic");
        assertThat(topics.stream().map(Kustomization::name))
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
        for (ObjectNode t : topics) {
            String name = Kustomization.name(t);
            int partitions = t.path("spec").path("partitions").asInt();
            if (name.equals(Topics.RESPONSES)) {
                assertThat(partitions).as("responses keep one order").isEqualTo(1);
            } else {
                assertThat(partitions)
                        .as(name + ": a partition for every source reader")
                        .isGreaterThanOrEqualTo(TopicSetup.partitions(name, parallelism));
            }
            assertThat(t.path("spec").path("config").path("retention.ms").asLong()).isEqualTo(-1);
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .isEqualTo("huixiang-kafka");
        }
    }

    private static void aclsMatch(List<ObjectNode> all, HuixiangConfig config) {
        Map<String, Set<String>> job = acls(one(all, "KafkaUser", "huixiang-job"));
        for (String input : Topics.INPUTS) {
            assertThat(job.get("topic:" + input)).as("job reads " + input).contains("Read");
        }
        for (String output : List.of(Topics.ALERTS, Topics.CASES, Topics.DEADLETTER)) {
            assertThat(job.get("topic:" + output)).as("job writes " + output).contains("Write");
        }
        assertThat(job.get("group:" + config.kafka().groupId())).contains("Read");
        assertThat(job.get("transactionalId:" + Connectors.TRANSACTIONAL_ID_PREFIX + "*"))
                .as("the sinks' transactional-id prefix")
                .contains("Write", "Describe");
        Map<String, Set<String>> console = acls(one(all, "KafkaUser", "huixiang-console"));
        assertThat(console.get("topic:" + Topics.ALERTS)).contains("Read");
        assertThat(console.get("topic:" + Topics.RESPONSES)).contains("Write");
        Map<String, Set<String>> intake = acls(one(all, "KafkaUser", "huixiang-intake"));
        for (String topic : List.of(Topics.RAW_POSTS, Topics.RAW_MESSAGES, Topics.DEADLETTER)) {
            assertThat(intake.get("topic:" + topic)).as("intake writes " + topic).contains("Write");
        }
        for (ObjectNode user : of(all, "KafkaUser")) {
            for (String resource : acls(user).keySet()) {
                if (resource.startsWith("topic:")) {
                    assertThat(Topics.ALL).contains(resource.substring("topic:".length()));
                }
            }
        }
    }

    private void flinkDeploymentMatches(
            List<ObjectNode> all, ObjectNode flink, HuixiangConfig config) throws Exception {
        JsonNode spec = flink.path("spec");
        String version = EnvironmentInformation.getVersion();
        assertThat(spec.path("flinkVersion").asText())
                .isEqualTo("v" + version.substring(0, version.lastIndexOf('.')).replace('.', '_'));
        assertThat(spec.path("job").path("upgradeMode").asText()).isEqualTo("savepoint");
        JsonNode conf = spec.path("flinkConfiguration");
        assertThat(conf.path("high-availability.type").asText()).isEqualTo("kubernetes");
        assertThat(conf.path("execution.checkpointing.dir").asText())
                .isEqualTo(config.flink().checkpointDir());
        assertThat(Durations.parse(conf.path("execution.checkpointing.interval").asText()))
                .isEqualTo(config.flink().checkpointInterval());
        assertThat(conf.path("execution.checkpointing.savepoint-dir").asText()).isNotEmpty();
        Set<String> flinkKeys = flinkOptionKeys();
        conf.fieldNames()
                .forEachRemaining(
                        key -> {
                            if (!key.startsWith("s3.") && !key.startsWith("metrics.reporter.")) {
                                assertThat(flinkKeys).as("a Flink option").contains(key);
                            }
                        });

        String image = spec.path("image").asText();
        String jar = spec.path("job").path("jarURI").asText();
        String dockerfile = Files.readString(DEPLOY.resolve("images/app/Dockerfile"));
        assertThat(dockerfile).contains("FROM flink:" + version + "-java17");
        assertThat(jar).startsWith("local://");
        assertThat(dockerfile)
                .contains("job/target/huixiang-job.jar " + jar.substring("local://".length()));
        assertThat(image).isEqualTo(imageOf("huixiang/app"));

        String entry = spec.path("job").path("entryClass").asText();
        assertThat(entry).isEqualTo(ClusterEntryPoint.class.getName());
        assertThat(
                        Modifier.isStatic(
                                Class.forName(entry)
                                        .getMethod("main", String[].class)
                                        .getModifiers()))
                .isTrue();
        // the entry class builds the job from exactly these arguments and this pod's environment
        Pod pod = materialize(all, flink, mainContainer(flink));
        List<String> args = new ArrayList<>();
        spec.path("job").path("args").forEach(a -> args.add(pod.local(a.asText())));
        StreamExecutionEnvironment env =
                ClusterEntryPoint.plan(args.toArray(String[]::new), pod.env());
        assertThat(env.getParallelism()).isEqualTo(spec.path("job").path("parallelism").asInt());
        assertThat(env.getStreamGraph().getStreamNodes()).isNotEmpty();
    }

    private static void servicesMatch(List<ObjectNode> all) throws Exception {
        for (ObjectNode service : of(all, "Service")) {
            ObjectNode deployment = one(all, "Deployment", Kustomization.name(service));
            JsonNode container = podSpec(deployment).path("containers").get(0);
            Set<String> ports = new HashSet<>();
            container.path("ports").forEach(p -> ports.add(p.path("name").asText()));
            assertThat(service.path("spec").path("selector"))
                    .isEqualTo(deployment.path("spec").path("selector").path("matchLabels"));
            service.path("spec")
                    .path("ports")
                    .forEach(p -> assertThat(ports).contains(p.path("targetPort").asText()));
        }
        ObjectNode ingress = one(all, "Ingress", "huixiang-console");
        JsonNode backend =
                ingress.path("spec")
                        .path("rules")
                        .get(0)
                        .path("http")
                        .path("paths")
                        .get(0)
                        .path("backend")
                        .path("service");
        assertThat(backend.path("name").asText()).isEqualTo("huixiang-console");
        one(all, "Service", backend.path("name").asText());

        String consoleDocker = Files.readString(DEPLOY.resolve("images/console/Dockerfile"));
        assertThat(consoleDocker)
                .contains("FROM eclipse-temurin:17-jre")
                .contains("ENTRYPOINT [\"/opt/huixiang/huixiang-service\"]")
                .doesNotContain("app/target");
        // the image's services by name, each a main class that exists
        Map<String, String> services = new HashMap<>();
        Matcher service =
                Pattern.compile("(?m)^\\s*(\\w+)\\) main=([\\w.]+) ;;")
                        .matcher(
                                Files.readString(
                                        DEPLOY.resolve("images/console/huixiang-service")));
        while (service.find()) {
            services.put(service.group(1), service.group(2));
        }
        assertThat(services).containsOnlyKeys("console", "intake", "setup");
        for (String main : services.values()) {
            assertThat(Class.forName(main).getMethod("main", String[].class)).isNotNull();
        }
        for (ObjectNode workload : workloads(all)) {
            if (!workload.path("kind").asText().equals("FlinkDeployment")) {
                JsonNode container = podSpec(workload).path("containers").get(0);
                assertThat(container.path("image").asText()).isEqualTo(imageOf("huixiang/console"));
                assertThat(services)
                        .as(workload.path("metadata").path("name").asText() + " runs a service")
                        .containsKey(container.path("args").get(0).asText());
            }
        }
    }

    /** The configuration one container gets, checked with its mounts and environment. */
    private HuixiangConfig containerConfig(
            List<ObjectNode> all, ObjectNode workload, JsonNode container) throws Exception {
        Pod pod = materialize(all, workload, container);
        String what = Kustomization.name(workload) + "/" + container.path("name").asText();
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        workload.path("spec").path("job").path("args").forEach(a -> args.add(a.asText()));
        int at = args.indexOf("--config");
        assertThat(at).as(what + " names its configuration").isNotNegative();
        String file = pod.local(args.get(at + 1));
        assertThat(Path.of(file)).as(what + " mounts " + args.get(at + 1)).exists();
        for (String variable : pod.env().keySet()) {
            assertThat(
                            EnvironmentOverride.known(variable)
                                    || variable.equals("HUIXIANG_PII_KEY")
                                    || variable.startsWith("AWS_"))
                    .as(what + ": " + variable + " is a variable huixiang reads")
                    .isTrue();
        }
        ConfigLoader.Checked checked = ConfigLoader.check(Path.of(file), pod.env());
        HuixiangConfig config = checked.config();
        String truststore = config.kafka().properties().get("ssl.truststore.location");
        if (truststore != null && !args.contains("setup")) {
            assertThat(Path.of(truststore)).as(what + " mounts the Kafka CA").exists();
        }
        if (args.get(0).equals("console")) {
            assertThat(portOf(container, "http")).isEqualTo(config.console().port());
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/healthz");
        }
        if (args.get(0).equals("intake")) {
            assertThat(portOf(container, "http")).isEqualTo(config.intake().port());
            assertThat(config.intake().tokensFile()).isNotNull();
        }
        return config;
    }

    /**
     * The container's view of its volumes under a temporary root, and its environment with every
     * secret replaced by a stand-in; paths in values are moved under the root too.
     */
    private Pod materialize(List<ObjectNode> all, ObjectNode workload, JsonNode container)
            throws Exception {
        Path root = Files.createTempDirectory(pods, Kustomization.name(workload));
        Map<String, JsonNode> volumes = new HashMap<>();
        podSpec(workload).path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
        for (JsonNode mount : container.path("volumeMounts")) {
            JsonNode volume = volumes.get(mount.path("name").asText());
            assertThat(volume).as("volume " + mount.path("name")).isNotNull();
            Path dir = root.resolve(mount.path("mountPath").asText().substring(1));
            Files.createDirectories(dir);
            if (volume.has("configMap")) {
                one(all, "ConfigMap", volume.path("configMap").path("name").asText())
                        .path("data")
                        .fields()
                        .forEachRemaining(
                                e ->
                                        write(
                                                dir.resolve(e.getKey()),
                                                e.getValue()
                                                        .asText()
                                                        .replace(" /etc/", " " + root + "/etc/")));
            } else {
                String secret = volume.path("secret").path("secretName").asText();
                Set<String> keys = new TreeSet<>();
                if (volume.path("secret").has("items")) {
                    volume.path("secret")
                            .path("items")
                            .forEach(i -> keys.add(i.path("path").asText()));
                } else {
                    assertThat(OPERATOR_SECRETS).as("keys of secret " + secret).containsKey(secret);
                    keys.addAll(OPERATOR_SECRETS.get(secret));
                }
                keys.forEach(
                        key ->
                                write(
                                        dir.resolve(key),
                                        key.equals("tokens")
                                                ? "feed 0123456789abcdef0123456789\n"
                                                : "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"));
            }
        }
        Map<String, String> env = new HashMap<>();
        for (JsonNode e : container.path("env")) {
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            String value =
                    ref.isMissingNode()
                            ? e.path("value").asText()
                            : "stand-in-for-"
                                    + ref.path("name").asText()
                                    + "-"
                                    + ref.path("key").asText();
            env.put(e.path("name").asText(), value.startsWith("/etc/") ? root + value : value);
        }
        return new Pod(root, env);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A container's files under {@code root} and its environment. */
    private record Pod(Path root, Map<String, String> env) {
        String local(String path) {
            return path.startsWith("/etc/") ? root + path : path;
        }
    }

    private static void secretsAreKnownOrDocumented(List<ObjectNode> all) throws Exception {
        String operations = Files.readString(DEPLOY.resolve("../docs/operations.md"));
        Set<String> users = new HashSet<>();
        of(all, "KafkaUser").forEach(u -> users.add(Kustomization.name(u)));
        Map<String, Set<String>> used = new HashMap<>();
        collectSecretRefs(all, used);
        used.forEach(
                (secret, keys) -> {
                    if (users.contains(secret)) {
                        assertThat(keys).isSubsetOf(Set.of("password", "sasl.jaas.config"));
                    } else if (OPERATOR_SECRETS.containsKey(secret)) {
                        assertThat(keys).isSubsetOf(OPERATOR_SECRETS.get(secret));
                    } else {
                        assertThat(operations)
                                .as("operations.md tells how to create " + secret)
                                .contains(secret);
                        keys.forEach(
                                k -> assertThat(operations).as(secret + " key " + k).contains(k));
                    }
                });
    }

    private static void collectSecretRefs(JsonNode node, Map<String, Set<String>> used) {
        if (node.isObject()) {
            JsonNode ref = node.path("secretKeyRef");
            if (!ref.isMissingNode()) {
                used.computeIfAbsent(ref.path("name").asText(), n -> new TreeSet<>())
                        .add(ref.path("key").asText());
            }
            JsonNode secret = node.path("secret");
            if (secret.has("secretName")) {
                Set<String> keys =
                        used.computeIfAbsent(
                                secret.path("secretName").asText(), n -> new TreeSet<>());
                secret.path("items").forEach(i -> keys.add(i.path("key").asText()));
            }
            node.elements().forEachRemaining(child -> collectSecretRefs(child, used));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectSecretRefs(child, used));
        }
    }

    private static void collectSecretRefs(List<ObjectNode> all, Map<String, Set<String>> used) {
        all.forEach(r -> collectSecretRefs(r, used));
        // TLS secrets of Ingresses are created by an operator's certificate process
        of(all, "Ingress")
                .forEach(
                        i ->
                                i.path("spec")
                                        .path("tls")
                                        .forEach(
                                                t ->
                                                        used.computeIfAbsent(
                                                                t.path("secretName").asText(),
                                                                n -> new TreeSet<>())));
    }

    private static Map<String, Set<String>> acls(ObjectNode user) {
        Map<String, Set<String>> acls = new HashMap<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            String key =
                    r.path("type").asText()
                            + ":"
                            + r.path("name").asText()
                            + (r.path("patternType").asText().equals("prefix") ? "*" : "");
            Set<String> ops = acls.computeIfAbsent(key, k -> new HashSet<>());
            acl.path("operations").forEach(o -> ops.add(o.asText()));
        }
        return acls;
    }

    private static String imageOf(String name) throws Exception {
        for (JsonNode image :
                Kustomization.YAML
                        .readTree(DEPLOY.resolve("k8s/base/kustomization.yaml").toFile())
                        .path("images")) {
            if (image.path("name").asText().equals(name)) {
                return image.path("newName").asText() + ":" + image.path("newTag").asText();
            }
        }
        throw new AssertionError("no image " + name + " in the base kustomization");
    }

    private static Set<String> flinkOptionKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        for (String name :
                List.of(
                        "CheckpointingOptions",
                        "StateBackendOptions",
                        "StateRecoveryOptions",
                        "HighAvailabilityOptions",
                        "RestartStrategyOptions",
                        "TaskManagerOptions",
                        "JobManagerOptions")) {
            for (Field f : Class.forName("org.apache.flink.configuration." + name).getFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        && f.get(null) instanceof ConfigOption<?> o) {
                    keys.add(o.key());
                    for (FallbackKey fallback : o.fallbackKeys()) {
                        keys.add(fallback.getKey());
                    }
                }
            }
        }
        return keys;
    }

    private static int portOf(JsonNode container, String name) {
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(name)) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no port " + name);
    }

    private static List<ObjectNode> workloads(List<ObjectNode> all) {
        List<ObjectNode> out = new ArrayList<>(of(all, "Deployment"));
        out.addAll(of(all, "Job"));
        out.addAll(of(all, "FlinkDeployment"));
        return out;
    }

    private static JsonNode podSpec(ObjectNode workload) {
        return workload.path("kind").asText().equals("FlinkDeployment")
                ? workload.path("spec").path("podTemplate").path("spec")
                : workload.path("spec").path("template").path("spec");
    }

    private static JsonNode mainContainer(ObjectNode flink) {
        return podSpec(flink).path("containers").get(0);
    }

    private static List<ObjectNode> of(List<ObjectNode> all, String kind) {
        return all.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static ObjectNode one(List<ObjectNode> all, String kind, String name) {
        List<ObjectNode> found =
                all.stream()
                        .filter(r -> r.path("kind").asText().equals(kind))
                        .filter(r -> Kustomization.name(r).equals(name))
                        .toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }
}
