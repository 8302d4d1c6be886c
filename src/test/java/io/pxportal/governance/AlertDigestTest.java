package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pxportal.PortalIntegrationTest;
import io.pxportal.identity.UserDirectory;
import io.pxportal.shared.operations.PortalMetrics;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The digest against an in-process SMTP server (GreenMail): one e-mail per user with open alerts. */
@PortalIntegrationTest
@org.springframework.security.test.context.support.WithMockUser(username = "admin", roles = "ADMIN")
class AlertDigestTest {

    @Autowired
    AlertRepository alerts;

    @Autowired
    UserDirectory users;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Autowired
    AlertDigest configured;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private AlertDigest digestSendingTo(GreenMail server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
        return new AlertDigest(
                alerts,
                users,
                provider,
                messages,
                clock,
                new GovernanceProperties("px-portal@demo.example"),
                new PortalMetrics(new SimpleMeterRegistry(), clock));
    }

    @Test
    void without_smtp_configured_no_digest_is_sent() {
        assertThat(configured.send()).isZero();
    }

    @Test
    void each_user_with_open_alerts_gets_one_digest_listing_them() throws Exception {
        java.util.Map<String, java.util.List<Alert>> open =
                alerts.unacknowledged().stream().collect(java.util.stream.Collectors.groupingBy(Alert::getRecipient));

        int sent = digestSendingTo(smtp).send();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(open).isNotEmpty();
        assertThat(sent).isEqualTo(open.size()).isEqualTo(received.length);
        for (MimeMessage message : received) {
            String to = java.util.Arrays.toString(uncheckedRecipients(message));
            String recipient = open.keySet().stream()
                    .filter(r -> to.contains(users.contact(r).orElseThrow().email()))
                    .findFirst()
                    .orElseThrow();
            assertThat(message.getSubject()).startsWith("PX Portal:");
            String body = (String) message.getContent();
            open.get(recipient)
                    .forEach(a -> assertThat(body)
                            .contains(a.toView(java.time.LocalDate.now(clock)).subjectLabel()));
        }
    }

    private static Object[] uncheckedRecipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
