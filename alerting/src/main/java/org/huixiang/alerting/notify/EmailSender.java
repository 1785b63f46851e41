package org.huixiang.alerting.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Email;
import org.huixiang.common.model.Alert;

/**
 * Sends a notice by e-mail (SMTP) to the addresses of the units the alert concerns, retrying like
 * the webhooks. Sending blocks, so it runs on the given executor, never on Flink's task thread.
 */
final class EmailSender {

    private final NotificationSettings settings;
    private final Email email;
    private final Session session;
    private final Executor executor;

    EmailSender(NotificationSettings settings, Executor executor) {
        this.settings = settings;
        this.email = settings.email();
        this.executor = executor;
        Properties props = new Properties();
        props.put("mail.smtp.host", email.host());
        props.put("mail.smtp.port", Integer.toString(email.port()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(email.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(email.startTls()));
        props.put("mail.smtp.auth", Boolean.toString(email.username() != null));
        String millis = Long.toString(settings.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        Authenticator login =
                email.username() == null
                        ? null
                        : new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(
                                        email.username(), email.password());
                            }
                        };
        this.session = Session.getInstance(props, login);
    }

    /** True when the notice is one e-mail is configured for and someone is to receive it. */
    boolean wants(Notice notice) {
        return (!email.escalationsOnly() || notice.event() == Notice.Event.ESCALATED)
                && !recipients(notice.alert()).isEmpty();
    }

    CompletableFuture<Retry.Delivery> deliver(Notice notice) {
        List<String> to = recipients(notice.alert());
        return Retry.run(
                "email to " + String.join(",", to),
                () -> CompletableFuture.supplyAsync(() -> send(notice, to), executor),
                settings.attempts(),
                settings.firstPause());
    }

    private String send(Notice notice, List<String> to) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(email.from()));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject(notice.heading(), "UTF-8");
            message.setText(notice.markdown(), "UTF-8");
            Transport.send(message);
            return null;
        } catch (MessagingException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The addresses of the lead and responsible units, each once. */
    List<String> recipients(Alert alert) {
        Set<String> to = new LinkedHashSet<>();
        to.addAll(email.recipients().getOrDefault(alert.leadUnit(), List.of()));
        for (String unit : alert.responsibleUnits()) {
            to.addAll(email.recipients().getOrDefault(unit, List.of()));
        }
        return List.copyOf(to);
    }
}
