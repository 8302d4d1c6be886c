package io.pxportal.governance;

import io.pxportal.identity.UserContact;
import io.pxportal.identity.UserDirectory;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.operations.PortalMetrics;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A daily e-mail to each user with unacknowledged alerts, in their language. Off unless SMTP is configured
 * ({@code spring.mail.host}: without it Spring Boot provides no mail sender); once per cluster (ShedLock).
 */
@Component
class AlertDigest {

    static final String LOCK = "alert-digest";
    /** The kind of e-mail in the mail metrics. */
    static final String MAIL_KIND = "alert-digest";

    private static final Logger log = LoggerFactory.getLogger(AlertDigest.class);

    private final AlertRepository alerts;
    private final UserDirectory users;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final PortalMetrics metrics;

    AlertDigest(
            AlertRepository alerts,
            UserDirectory users,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            Clock clock,
            GovernanceProperties properties,
            PortalMetrics metrics) {
        this.alerts = alerts;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.from = properties.digestFrom();
        this.metrics = metrics;
    }

    @Scheduled(cron = "${px.alerts.digest-cron:0 30 6 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void daily() {
        metrics.job(LOCK, this::send);
    }

    /** Sends the digests; returns how many e-mails went out (0 when mail is not configured). */
    int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Alert>> byRecipient = new LinkedHashMap<>();
        alerts.unacknowledged()
                .forEach(a -> byRecipient
                        .computeIfAbsent(a.getRecipient(), r -> new java.util.ArrayList<>())
                        .add(a));
        int[] sent = {0};
        SystemAuthentication.runAs(
                "alert-digest",
                () -> byRecipient.forEach((recipient, open) -> users.contact(recipient)
                        .filter(c -> c.email() != null)
                        .ifPresent(contact -> {
                            try {
                                sender.send(message(contact, open, today));
                                sent[0]++;
                                metrics.mail(MAIL_KIND, true);
                            } catch (MailException e) {
                                metrics.mail(MAIL_KIND, false);
                                log.warn("Alert digest to {} not sent: {}", recipient, e.getMessage());
                            }
                        })));
        return sent[0];
    }

    private SimpleMailMessage message(UserContact contact, List<Alert> open, LocalDate today) {
        var locale = contact.locale();
        StringBuilder body = new StringBuilder(
                        messages.getMessage("digest.greeting", new Object[] {contact.displayName()}, locale))
                .append("\n\n");
        for (Alert alert : open) {
            AlertView view = alert.toView(today);
            body.append("- ")
                    .append(messages.getMessage("alert.kind." + view.kind(), null, locale))
                    .append(": ")
                    .append(view.subjectLabel())
                    .append(", ")
                    .append(Formats.date(view.dueDate(), locale))
                    .append('\n');
        }
        body.append('\n').append(messages.getMessage("digest.footer", null, locale));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(contact.email());
        message.setSubject(messages.getMessage("digest.subject", new Object[] {open.size()}, locale));
        message.setText(body.toString());
        return message;
    }
}
