package org.huixiang.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.doc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.huixiang.alerting.lifecycle.AlertUpdates;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Email;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail through a real SMTP server (GreenMail) on loopback. */
class EmailSenderTest {

    GreenMail smtp;
    final ExecutorService threads = Executors.newSingleThreadExecutor();
    final Notice notice =
            Notice.of(
                            new AlertUpdates(SeedLoader.loadDefault())
                                    .onDocument(null, "A1", doc("d1").build())
                                    .revisions()
                                    .get(0))
                    .orElseThrow();

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        threads.shutdownNow();
    }

    EmailSender sender(int port, boolean escalationsOnly) {
        Email email =
                new Email(
                        "127.0.0.1",
                        port,
                        false,
                        null,
                        null,
                        "huixiang@gaoxian.example",
                        Map.of(
                                "县人力资源社会保障局", List.of("duty@hrss.example"),
                                "庆符镇人民政府", List.of("office@qingfu.example", "duty@hrss.example")),
                        escalationsOnly);
        return new EmailSender(
                new NotificationSettings(
                        List.of(), email, 2, Duration.ofMillis(50), Duration.ofSeconds(3)),
                threads);
    }

    @Test
    void mailsTheUnitsOfTheAlertOnceEachInChinese() throws Exception {
        EmailSender sender = sender(smtp.getSmtp().getPort(), false);
        assertThat(sender.wants(notice)).isTrue();
        Retry.Delivery d = sender.deliver(notice).join();
        assertThat(d.delivered()).as(d.problem()).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        // one message, delivered to two distinct addresses
        assertThat(received).hasSize(2);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).startsWith("【新预警 · III级】");
        assertThat(m.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("duty@hrss.example", "office@qingfu.example");
        assertThat((String) m.getContent()).contains("牵头单位：县人力资源社会保障局");
    }

    @Test
    void escalationsOnlySkipsNewAlerts() {
        assertThat(sender(smtp.getSmtp().getPort(), true).wants(notice)).isFalse();
    }

    @Test
    void anUnreachableServerFailsAfterTheLastAttempt() {
        Retry.Delivery d = sender(1, false).deliver(notice).join();
        assertThat(d.delivered()).isFalse();
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(d.problem()).contains("MailConnectException");
    }
}
