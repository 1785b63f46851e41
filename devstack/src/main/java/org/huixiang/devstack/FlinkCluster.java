package org.huixiang.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.huixiang.devstack.internal.ChildProcess;
import org.huixiang.devstack.internal.Preflight;

/**
 * A Flink standalone session cluster on loopback: one JobManager and TaskManagers, each a process
 * of its own, started the way Flink's own scripts start them.
 *
 * <p>The class path is Flink's runtime from Maven Central, as the {@code flink-dist} module
 * resolved it (Apache publishes no flink-dist jar there); nothing of huixiang is on it, so a job
 * reaches the cluster only through its job jar, as it would reach any real cluster. Memory flags
 * come from Flink's {@code BashJavaUtils}, exactly as {@code bin/jobmanager.sh} and {@code
 * bin/taskmanager.sh} compute them from {@code conf/config.yaml}.
 */
public final class FlinkCluster implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "/org/huixiang/flinkdist/classpath";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /** Reads the REST API's answers. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What Flink's default configuration opens for Java 17 ({@code env.java.default-opts.all}):
     * Kryo and Flink's own reflection reach into these packages.
     */
    private static final List<String> JAVA_17_OPENS =
            List.of(
                    "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
                    "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                    "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "--add-opens=java.base/java.net=ALL-UNNAMED",
                    "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "--add-opens=java.base/java.nio=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                    "--add-opens=java.base/java.text=ALL-UNNAMED",
                    "--add-opens=java.base/java.time=ALL-UNNAMED",
                    "--add-opens=java.base/java.util=ALL-UNNAMED",
                    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                    "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    private final FlinkClusterSettings settings;
    private final String classpath;

    /** Every TaskManager's memory flags: the same configuration sizes them all, so asked once. */
    private final List<String> taskManagerResources;

    private final ChildProcess jobManager;
    private final List<ChildProcess> taskManagers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private FlinkCluster(
            FlinkClusterSettings settings,
            String classpath,
            List<String> taskManagerResources,
            ChildProcess jobManager) {
        this.settings = settings;
        this.classpath = classpath;
        this.taskManagerResources = taskManagerResources;
        this.jobManager = jobManager;
    }

    /**
     * Starts the JobManager and the TaskManagers and returns once every TaskManager has registered.
     */
    public static FlinkCluster start(FlinkClusterSettings settings) {
        Preflight.requireFreePort(settings.restPort(), "Flink REST", "--rest-port");
        Preflight.requireFreePort(settings.rpcPort(), "Flink JobManager RPC", "--rpc-port");
        String classpath = classpath();
        writeConfiguration(settings);
        List<String> taskManagerResources =
                resourceFlags(settings, classpath, "GET_TM_RESOURCE_PARAMS");
        ChildProcess jobManager =
                launch(
                        settings,
                        classpath,
                        "jobmanager",
                        resourceFlags(settings, classpath, "GET_JM_RESOURCE_PARAMS"),
                        "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint");
        FlinkCluster cluster =
                new FlinkCluster(settings, classpath, taskManagerResources, jobManager);
        try {
            for (int i = 0; i < settings.taskManagers(); i++) {
                cluster.startTaskManager();
            }
            cluster.awaitTaskManagers(settings.taskManagers());
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code host:port} of the REST endpoint, as {@code huixiang run --flink} takes it. */
    public String restAddress() {
        return "127.0.0.1:" + settings.restPort();
    }

    /** The REST endpoint as a URL (Flink's web UI is served there too). */
    public URI restUrl() {
        return URI.create("http://" + restAddress());
    }

    /** The pid of TaskManager {@code index} (in start order, killed ones included). */
    public long taskManagerPid(int index) {
        return taskManagers.get(index).pid();
    }

    /** Starts one more TaskManager (as an orchestrator replaces a lost one); returns its index. */
    public synchronized int startTaskManager() {
        int index = taskManagers.size();
        taskManagers.add(
                launch(
                        settings,
                        classpath,
                        "taskmanager-" + index,
                        taskManagerResources,
                        "org.apache.flink.runtime.taskexecutor.TaskManagerRunner"));
        return index;
    }

    /**
     * Kills TaskManager {@code index} with SIGKILL, as a machine or container dies: no shutdown
     * hook runs, nothing is deregistered.
     */
    public void killTaskManager(int index) {
        ChildProcess taskManager = taskManagers.get(index);
        ProcessHandle.of(taskManager.pid())
                .ifPresent(
                        handle -> {
                            handle.destroyForcibly();
                            handle.onExit().join();
                        });
    }

    /** Waits until {@code count} TaskManagers are registered with the JobManager. */
    public void awaitTaskManagers(int count) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!jobManager.isAlive()) {
                throw new DevStackException(
                        "the Flink JobManager exited during start-up. Last lines of "
                                + jobManager.log()
                                + ":\n"
                                + jobManager.tail(30));
            }
            JsonNode overview = overview();
            if (overview != null && overview.path("taskmanagers").asInt() == count) {
                return;
            }
            sleep(500);
        }
        throw new DevStackException(
                "the Flink cluster did not show "
                        + count
                        + " TaskManagers within "
                        + READY_TIMEOUT.toSeconds()
                        + " s. Logs under "
                        + settings.home().resolve("logs")
                        + "; last lines of the JobManager's:\n"
                        + jobManager.tail(30));
    }

    /** The JobManager's {@code /overview}, or null while it does not answer. */
    public JsonNode overview() {
        try {
            return rest("/overview");
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * GETs {@code path} from the REST API (e.g. {@code /jobs/<id>/checkpoints}).
     *
     * @throws IOException when the JobManager does not answer or answers with an error
     */
    public JsonNode rest(String path) throws IOException {
        try {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(restUrl().resolve(path))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(
                        "GET " + path + " → " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking Flink for " + path, e);
        }
    }

    /** Stops the TaskManagers, then the JobManager. */
    @Override
    public void close() {
        taskManagers.forEach(ChildProcess::close);
        jobManager.close();
    }

    /**
     * @param resources JVM flags, then dynamic properties, as {@link #resourceFlags} gives them
     */
    private static ChildProcess launch(
            FlinkClusterSettings settings,
            String classpath,
            String name,
            List<String> resources,
            String mainClass) {
        Path conf = settings.home().resolve("conf");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(Arrays.asList(resources.get(0).split(" ")));
        command.addAll(JAVA_17_OPENS);
        command.add("-Dlog4j.configurationFile=" + conf.resolve("log4j.properties").toUri());
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.add("--configDir");
        command.add(conf.toString());
        // the resolved memory sizes, passed as dynamic properties as the scripts do
        command.addAll(Arrays.asList(resources.get(1).split(" ")));
        return ChildProcess.start(
                "flink-" + name,
                command,
                settings.home(),
                settings.home().resolve("logs/" + name + ".log"),
                settings.home().resolve(name + ".pid"),
                Map.of());
    }

    /** JVM flags and dynamic properties, from Flink's BashJavaUtils as its scripts get them. */
    private static List<String> resourceFlags(
            FlinkClusterSettings settings, String classpath, String query) {
        List<String> command =
                List.of(
                        java(),
                        "-cp",
                        classpath,
                        "org.apache.flink.runtime.util.bash.BashJavaUtils",
                        query,
                        "--configDir",
                        settings.home().resolve("conf").toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new DevStackException(
                        "Flink could not size the cluster's memory from "
                                + settings.home().resolve("conf/config.yaml")
                                + ":\n"
                                + output);
            }
            String prefix = "BASH_JAVA_UTILS_EXEC_RESULT:";
            List<String> results =
                    output.lines()
                            .filter(line -> line.startsWith(prefix))
                            .map(line -> line.substring(prefix.length()).trim())
                            .toList();
            if (results.size() < 2) {
                throw new DevStackException("unexpected output of BashJavaUtils:\n" + output);
            }
            return results.subList(results.size() - 2, results.size());
        } catch (IOException e) {
            throw new DevStackException("cannot run Flink's BashJavaUtils: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("interrupted while sizing the Flink cluster", e);
        }
    }

    private static void writeConfiguration(FlinkClusterSettings settings) {
        Path conf = settings.home().resolve("conf");
        String config =
                String.join(
                        "\n",
                        "# written by huixiang at each start of the cluster; edits are overwritten",
                        "jobmanager.rpc.address: 127.0.0.1",
                        "jobmanager.rpc.port: " + settings.rpcPort(),
                        "jobmanager.bind-host: 127.0.0.1",
                        "jobmanager.memory.process.size: 1024m",
                        "taskmanager.host: 127.0.0.1",
                        "taskmanager.bind-host: 127.0.0.1",
                        "taskmanager.numberOfTaskSlots: " + settings.slotsPerTaskManager(),
                        "taskmanager.memory.process.size: " + settings.taskManagerMemory(),
                        "# state lives on the heap (hashmap backend): no managed memory to reserve",
                        "taskmanager.memory.managed.size: 0m",
                        "# spread a job's slots over the TaskManagers, so losing one is a real loss",
                        "taskmanager.load-balance.mode: SLOTS",
                        "rest.address: 127.0.0.1",
                        "rest.bind-address: 127.0.0.1",
                        "rest.port: " + settings.restPort(),
                        "# a lost TaskManager is noticed within seconds, not Flink's default 50 s",
                        "heartbeat.interval: 2 s",
                        "heartbeat.timeout: 10 s",
                        "");
        String log4j =
                String.join(
                        "\n",
                        "rootLogger.level = INFO",
                        "# to stdout, which the launcher appends to logs/<process>.log",
                        "rootLogger.appenderRef.main.ref = MainAppender",
                        "appender.main.name = MainAppender",
                        "appender.main.type = Console",
                        "appender.main.layout.type = PatternLayout",
                        "appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %c - %m%n",
                        "");
        try {
            Files.createDirectories(conf);
            Files.createDirectories(settings.home().resolve("logs"));
            Files.writeString(conf.resolve("config.yaml"), config, StandardCharsets.UTF_8);
            Files.writeString(conf.resolve("log4j.properties"), log4j, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DevStackException(
                    "cannot write the Flink configuration under " + conf + ": " + e.getMessage(),
                    e);
        }
    }

    /** Flink's runtime jars, as the flink-dist module resolved them. */
    private static String classpath() {
        String fix =
                " Build it with `mvn -pl flink-dist -am install -DskipTests` and run huixiang with"
                        + " huixiang-flink-dist on its class path.";
        try (InputStream in = FlinkCluster.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new DevStackException(
                        "the Flink runtime's class path ("
                                + CLASSPATH_RESOURCE
                                + ") is missing."
                                + fix);
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String jar : classpath.split(java.io.File.pathSeparator)) {
                if (!Files.isRegularFile(Path.of(jar))) {
                    throw new DevStackException(
                            "a jar of the Flink runtime is missing: " + jar + "." + fix);
                }
            }
            return classpath;
        } catch (IOException e) {
            throw new DevStackException("cannot read the Flink runtime's class path", e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("interrupted while waiting for the Flink cluster", e);
        }
    }
}
