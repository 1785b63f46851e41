package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DocumentIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in Debian's headless chromium, with the whole application running (the Flink job
 * reading Kafka, the console following the alerts topic): a post produced to Kafka appears in the
 * queue without reload; a unit member acknowledges and responds and sees the state change; another
 * unit's member cannot see the alert, neither in the page nor through the API; markup in a post is
 * shown as text. Screenshots of the main pages go to {@code target/screenshots/}.
 */
class ConsoleBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    static HuixiangConfig config;
    static int port;
    static JobClient job;
    static WebDriver browser;
    static Map<String, String> passwords = new java.util.HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        assertThat(new File(CHROMIUM).canExecute())
                .as(
                        "Debian's chromium is needed: apt-get install chromium chromium-driver (.ci/run does)")
                .isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("chromium-driver is needed").isTrue();
        config = TestConsole.config();
        port = TestConsole.port();
        passwords.put("team", TestConsole.account("yuqing-" + RUN, "TEAM", List.of()));
        passwords.put(
                "renshe", TestConsole.account("renshe-" + RUN, "UNIT", List.of("县人力资源社会保障局")));
        passwords.put("shuili", TestConsole.account("shuili-" + RUN, "UNIT", List.of("县水利局")));
        passwords.put("leader", TestConsole.account("lingdao-" + RUN, "LEADER", List.of()));

        job = RunningJob.start(config, "huixiang (browser test)");

        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1400,1000",
                "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        // the other tests of this JVM share the node: never leave its documents unrefreshed
        documentsRefresh("1s");
        if (browser != null) {
            browser.quit();
        }
        if (job != null) {
            job.cancel().get();
        }
    }

    @Test
    void theConsoleFromLoginToResponse() throws Exception {
        String wageTitle = "【" + RUN + "】庆符镇某工地老板拖欠工资半年了";
        String wageId = DocumentIds.documentId("weibo", RUN + "-wage");
        String wageAlert = AlertIds.forEvent(wageId);

        // the response team logs in and watches the queue
        open("/");
        shot("01-login");
        login("yuqing-" + RUN, passwords.get("team"));
        waitFor(d -> d.findElements(By.id("queue")).size() == 1);

        // a post produced to Kafka shows up without reload (a reload would lose the marker)
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true");
        produce(
                Topics.RAW_POSTS,
                Map.of(
                        "source",
                        "weibo",
                        "id",
                        RUN + "-wage",
                        "text",
                        wageTitle + "，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！",
                        "published_at",
                        OffsetDateTime.now().toString()));
        WebElement row = waitFor(d -> rowOf(d, "queue-rows", wageAlert));
        assertThat(row.getText()).contains(wageTitle).contains("县人力资源社会保障局");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        shot("02-queue-live");

        // markup in a post is text, not markup: tags are stripped at ingest, escaped ones stay
        // text.
        // The documents index stops refreshing meanwhile, so the alert page opens before its
        // document is searchable, as it may when someone clicks a fresh alert: the text must come
        // into the open page once it is.
        RunPosts.awaitStored(config, RUN, 1);
        documentsRefresh("-1");
        String markupId = RUN + "-markup";
        Map<String, String> markupPost =
                Map.of(
                        "source",
                        "weibo",
                        "id",
                        markupId,
                        "title",
                        "&lt;b&gt;粗体&lt;/b&gt;【" + RUN + "】罗场镇养殖场污水直排",
                        "text",
                        "<script>window.__xss = 1</script>&lt;img src=x onerror=\"window.__xss=2\"&gt;"
                                + "罗场镇养殖场污水直排河里，臭气熏天，鱼都死了，环保部门不管不问！",
                        "published_at",
                        OffsetDateTime.now().toString());
        produce(Topics.RAW_POSTS, markupPost);
        String markupAlert = AlertIds.forEvent(DocumentIds.documentId("weibo", markupId));
        waitFor(d -> rowOf(d, "queue-rows", markupAlert));
        open("/#/alert/" + markupAlert);
        WebElement title = waitFor(d -> d.findElement(By.id("alert-title")));
        assertThat(title.getText()).startsWith("<b>粗体</b>");
        assertThat(title.findElements(By.tagName("b"))).isEmpty();
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true");
        Thread.sleep(1_500);
        // read in one script: the page replaces the rows each second while it asks again
        @SuppressWarnings("unchecked")
        List<String> shown =
                (List<String>)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return ['.doc-title', '.doc-text'].map((c) =>"
                                                + " document.querySelector('#documents ' + c).textContent)");
        assertThat(shown.get(0))
                .as("the document is named, by the alert's title of it")
                .startsWith("<b>粗体</b>");
        assertThat(shown.get(1)).as("not searchable yet").isEmpty();
        documentsRefresh("1s");
        String text =
                waitFor(
                        d -> {
                            String t =
                                    d.findElement(By.cssSelector("#documents .doc-text")).getText();
                            return t.isEmpty() ? null : t;
                        });
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument"))
                .as("the text came into the open page")
                .isEqualTo(true);
        assertThat(text).contains("<img src=x onerror=").doesNotContain("<script>");
        assertThat(browser.findElements(By.cssSelector("#documents img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss")).isNull();
        assertNoDialog();
        shot("03-alert-detail");

        // a repost joins the alert: the live revision renders the page again, and what the user
        // is typing in the actions stays
        String typing = "已请县生态环境局现场核查";
        browser.findElement(By.id("action-text")).sendKeys(typing);
        Map<String, String> repost = new java.util.HashMap<>(markupPost);
        repost.put("id", markupId + "-repost");
        produce(Topics.RAW_POSTS, repost);
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains("共 2 条"));
        assertThat(browser.findElement(By.id("action-text")).getAttribute("value"))
                .isEqualTo(typing);
        // once sent (督办), the text leaves the field: the revision the command makes renders the
        // page again, and must not offer the text to be sent twice
        browser.findElement(By.id("do-escalate")).click();
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains("已督办"));
        assertThat(browser.findElement(By.id("action-text")).getAttribute("value")).isEmpty();

        // the unit acknowledges and responds from its workspace; the state follows live
        logout();
        login("renshe-" + RUN, passwords.get("renshe"));
        WebElement mine = waitFor(d -> rowOf(d, "workspace-rows", wageAlert));
        assertThat(mine.getText()).contains("待签收");
        mine.findElement(By.className("quick-ack")).click();
        waitFor(d -> rowOf(d, "workspace-rows", wageAlert).getText().contains("已签收"));
        shot("04-workspace-acknowledged");
        WebElement acknowledged = rowOf(browser, "workspace-rows", wageAlert);
        acknowledged.findElement(By.className("quick-text")).sendKeys("已约谈企业，工资本月结清");
        acknowledged.findElement(By.className("quick-respond")).click();
        waitFor(
                d -> {
                    String now = rowOf(d, "workspace-rows", wageAlert).getText();
                    return now.contains("已提交回应") || now.contains("已回应");
                });
        open("/#/alert/" + wageAlert);
        waitFor(d -> d.findElement(By.id("history")).getText().contains("已约谈企业"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("已回应");
        shot("05-alert-responded");

        // another unit's member sees nothing of it, in the page or through the API
        logout();
        login("shuili-" + RUN, passwords.get("shuili"));
        open("/#/queue");
        // 县水利局 shares the river alert (the routing made it co-responsible), not the wage one
        waitFor(d -> rowOf(d, "queue-rows", markupAlert));
        assertThat(rowOf(browser, "queue-rows", wageAlert)).isNull();
        assertThat(browser.findElement(By.id("queue")).getText()).doesNotContain(wageTitle);
        Object status =
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch('/api/alerts/"
                                        + wageAlert
                                        + "').then(r => done(r.status));");
        assertThat(status).isEqualTo(404L);
        shot("06-other-unit-queue");

        // the other pages, as leadership and as the administrator
        logout();
        login("lingdao-" + RUN, passwords.get("leader"));
        for (String[] page :
                new String[][] {
                    {"timeliness", "07-timeliness", "table"},
                    {"analysis", "08-analysis", "volume-chart"},
                    {"search", "09-search", "search-results"},
                    {"reports", "10-reports", "report-links"}
                }) {
            open("/#/" + page[0]);
            String marker = page[2];
            waitFor(
                    d ->
                            !d.findElements(By.id(marker)).isEmpty()
                                    || !d.findElements(By.tagName(marker)).isEmpty());
            Thread.sleep(700);
            shot(page[1]);
        }
        assertThat(browser.findElements(By.id("do-acknowledge"))).isEmpty();
        logout();
        login(TestConsole.ADMIN, TestConsole.ADMIN_PASSWORD);
        waitFor(d -> d.findElement(By.id("accounts")).getText().contains("renshe-" + RUN));
        shot("11-admin");
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private static void login(String username, String password) {
        open("/");
        WebElement form = waitFor(d -> d.findElement(By.id("login-form")));
        form.findElement(By.id("username")).sendKeys(username);
        form.findElement(By.id("password")).sendKeys(password);
        form.findElement(By.id("login-button")).click();
        waitFor(d -> d.findElement(By.id("who")).getText().length() > 0);
    }

    private static void logout() {
        browser.findElement(By.id("logout")).click();
        waitFor(d -> !d.findElements(By.id("login-form")).isEmpty());
    }

    private static WebElement rowOf(WebDriver d, String body, String alertId) {
        for (WebElement row : d.findElement(By.id(body)).findElements(By.tagName("tr"))) {
            if (alertId.equals(row.getAttribute("data-id"))) {
                return row;
            }
        }
        return null;
    }

    /** Waits for the condition; on timeout keeps a screenshot and says what the page showed. */
    /** Sets the documents indices' refresh interval; "-1" stops refreshing. */
    private static void documentsRefresh(String interval) throws IOException {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            clients.sync()
                    .indices()
                    .putSettings(
                            p ->
                                    p.index(IndexNames.DOCS_PREFIX + "*")
                                            .settings(
                                                    x -> x.refreshInterval(t -> t.time(interval))));
        }
    }

    private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(90))
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(NullPointerException.class)
                    .until(
                            d -> {
                                T value = condition.apply(d);
                                return value instanceof Boolean b && !b ? null : value;
                            });
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                shot("failure");
            } catch (Exception ignored) {
                // the screenshot is a help, not the point
            }
            StringBuilder console = new StringBuilder();
            browser.manage()
                    .logs()
                    .get("browser")
                    .forEach(entry -> console.append("\n  ").append(entry.getMessage()));
            throw new AssertionError(
                    "timed out at "
                            + browser.getCurrentUrl()
                            + "; the page shows: "
                            + browser.findElement(By.id("view")).getText()
                            + "\nbrowser console:"
                            + console,
                    e);
        }
    }

    private static void assertNoDialog() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script in a post opened a dialog");
        } catch (NoAlertPresentException expected) {
            // inert, as it must be
        }
    }

    private static void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    private static void produce(String topic, Map<String, String> record) throws Exception {
        Properties props = new Properties();
        props.putAll(config.kafka().clientProperties());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, Json.toBytes(record))).get();
        }
    }
}
