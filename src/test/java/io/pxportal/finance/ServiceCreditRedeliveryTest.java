package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.MeterRegistry;
import io.pxportal.PortalIntegrationTest;
import io.pxportal.PxPortalApplication;
import io.pxportal.shared.operations.EventRedelivery;
import io.pxportal.shared.operations.PortalMetrics;
import io.pxportal.support.ServiceCreditGranted;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * A granted service credit reaches finance even when its first delivery fails or never happens: the publication
 * stays in the registry until the booking completes, and is delivered again on schedule or when a node starts.
 * However often it is delivered, the credit is booked once. Runs in a JVM of its own (pom.xml, surefire execution
 * "event-redelivery"): its spy makes a context of its own, and each context installs its security-context strategy.
 */
@PortalIntegrationTest
@Tag("event-redelivery")
@WithMockUser(username = "admin", roles = "ADMIN")
class ServiceCreditRedeliveryTest {

    static final String LISTENER =
            "io.pxportal.finance.ServiceCreditBooking.on(io.pxportal.support.ServiceCreditGranted)";

    @MockitoSpyBean
    CostLineService costs;

    @Autowired
    FinanceLookups lookups;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    EventSerializer serializer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry metrics;

    @Test
    void a_booking_that_fails_once_is_delivered_again_and_booked_exactly_once() {
        ServiceCreditGranted granted = credit(990_001L, "170.00");
        doThrow(new IllegalStateException("database briefly away"))
                .doCallRealMethod()
                .when(costs)
                .record(any());

        transaction.executeWithoutResult(tx -> events.publishEvent(granted));

        await().atMost(Duration.ofSeconds(20)).until(() -> failed(granted) == 1);
        assertThat(booked(granted)).isEmpty();
        assertThat(redelivery.incompleteCount()).isPositive();
        // The gauge counts the failed delivery until it completes.
        assertThat(metrics.get(PortalMetrics.EVENTS_INCOMPLETE).gauge().value()).isGreaterThanOrEqualTo(1.0);

        redelivery.resubmitPublishedBefore(clock.instant().plusSeconds(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> booked(granted).size() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(granted) == 0);
        // Nothing is left to deliver; a further run books nothing more.
        redelivery.resubmitPublishedBefore(clock.instant().plusSeconds(1));
        verify(costs, atLeast(2)).record(any());
        assertThat(booked(granted))
                .singleElement()
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("-170.00"));
    }

    @Test
    void a_publication_a_stopped_node_left_undelivered_is_delivered_when_the_next_node_starts() {
        doCallRealMethod().when(costs).record(any());
        ServiceCreditGranted granted = credit(990_002L, "230.00");
        // As a node leaves it that committed the grant and stopped before the booking ran.
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 0)",
                UUID.randomUUID(),
                LISTENER,
                ServiceCreditGranted.class.getName(),
                serializer.serialize(granted),
                Timestamp.from(clock.instant().minusSeconds(30)));
        assertThat(booked(granted)).isEmpty();

        ConfigurableApplicationContext next = start(environment);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> booked(granted).size() == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> publications(granted) == 0);
        } finally {
            next.close();
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        assertThat(booked(granted))
                .singleElement()
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("-230.00"));
    }

    @Test
    void a_booking_delivered_again_after_it_completed_adds_no_second_line() {
        doCallRealMethod().when(costs).record(any());
        ServiceCreditGranted granted = credit(990_003L, "80.00");
        transaction.executeWithoutResult(tx -> events.publishEvent(granted));
        await().atMost(Duration.ofSeconds(20)).until(() -> booked(granted).size() == 1);
        // The node stopped after the booking's commit and before the registry marked it complete.
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts) values (?, ?, ?, ?, ?, 'PROCESSING', 1)",
                UUID.randomUUID(),
                LISTENER,
                ServiceCreditGranted.class.getName(),
                serializer.serialize(granted),
                Timestamp.from(clock.instant().minusSeconds(600)));

        redelivery.retry();

        await().atMost(Duration.ofSeconds(20)).until(() -> publications(granted) == 0);
        assertThat(booked(granted)).hasSize(1);
    }

    @Autowired
    Environment environment;

    SecurityContextHolderStrategy strategy;

    /** A second node on the same database, as after a restart; Vaadin installs its own context holder per node. */
    private ConfigurableApplicationContext start(Environment environment) {
        strategy = SecurityContextHolder.getContextHolderStrategy();
        return new SpringApplicationBuilder(PxPortalApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(GenericWebApplicationContext::new))
                .initializers(
                        context -> ((GenericWebApplicationContext) context).setServletContext(new MockServletContext()))
                .profiles("test")
                .properties(
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.jmx.enabled=false",
                        "px.scheduling.enabled=false")
                .run();
    }

    private ServiceCreditGranted credit(long creditId, String amount) {
        Long platform = lookups.platform("Messagepoint Content Hub").orElseThrow();
        YearMonth month = YearMonth.now(clock).minusMonths(2);
        return new ServiceCreditGranted(
                creditId,
                new BigDecimal(amount),
                "EUR",
                platform,
                "Messagepoint Content Hub",
                null,
                null,
                null,
                null,
                month,
                "CN-REDELIVERY-" + creditId,
                LocalDate.now(clock));
    }

    /** The amounts of the cost lines booked for the credit. */
    private List<BigDecimal> booked(ServiceCreditGranted granted) {
        return jdbc.queryForList(
                "select amount from cost_line where reference = ?",
                BigDecimal.class,
                ServiceCreditBooking.reference(granted.creditId()));
    }

    private long publications(ServiceCreditGranted granted) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event = ?",
                Long.class,
                serializer.serialize(granted));
    }

    private long failed(ServiceCreditGranted granted) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event = ?"
                        + " and listener_id = ? and status = 'FAILED' and completion_date is null",
                Long.class,
                serializer.serialize(granted),
                LISTENER);
    }
}
