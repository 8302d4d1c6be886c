package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.RenewalDate.Kind;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The renewal calendar over the demo contracts, which are dated relative to today. */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class RenewalCalendarTest {

    @Autowired
    RenewalCalendar calendar;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    Clock clock;

    private static List<RenewalDate> of(List<RenewalDate> dates, String number) {
        return dates.stream().filter(d -> d.number().equals(number)).toList();
    }

    @Test
    void the_exstream_notice_deadline_falls_within_sixty_days_and_is_listed_before_its_renewal() {
        List<RenewalDate> exstream = of(calendar.upcoming(RenewalCalendarFilter.all()), "OT-2019-0042");

        assertThat(exstream)
                .extracting(RenewalDate::kind)
                .containsExactly(Kind.NOTICE_DEADLINE, Kind.NEXT_RENEWAL, Kind.NOTICE_DEADLINE, Kind.NEXT_RENEWAL);
        RenewalDate deadline = exstream.getFirst();
        assertThat(deadline.daysLeft()).isEqualTo(45);
        assertThat(deadline.urgency()).isEqualTo(RenewalDate.Urgency.SOON);
        assertThat(deadline.date()).isEqualTo(LocalDate.now(clock).plusDays(45));
        assertThat(deadline.vendor().name()).isEqualTo("OpenText");
        assertThat(deadline.platforms()).extracting(p -> p.name()).containsExactly("Exstream Statements");
        assertThat(deadline.owner()).isEqualTo("olena");
        assertThat(deadline.explanation())
                .extracting(RenewalSchedule.Reason::key)
                .contains("renewal.explain.notice");
    }

    @Test
    void dates_come_soonest_first_and_stay_within_the_eighteen_months() {
        LocalDate today = LocalDate.now(clock);
        List<RenewalDate> dates = calendar.upcoming(RenewalCalendarFilter.all());

        assertThat(dates).isSortedAccordingTo(Comparator.comparing(RenewalDate::date));
        assertThat(dates)
                .allSatisfy(d -> assertThat(d.date())
                        .isBetween(today, today.plusMonths(18).minusDays(1)));
        // A passed deadline is not listed, the renewal it let happen is; the SaaS contract's dates lie beyond.
        assertThat(of(dates, "MP-2026-01")).first().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.NEXT_RENEWAL);
            assertThat(d.daysLeft()).isEqualTo(41);
        });
        assertThat(of(dates, "SC-PILOT-2026")).extracting(RenewalDate::kind).containsExactly(Kind.TERM_END);
        assertThat(of(dates, "QD-MSLA-2021")).extracting(RenewalDate::kind).containsExactly(Kind.TERM_END);
        assertThat(of(dates, "OT-SAAS-2025-7")).isEmpty();
    }

    @Test
    void filters_narrow_by_vendor_platform_and_owner() {
        Long quadient = vendors.findByName("Quadient").orElseThrow().id();
        Long pilot = platforms
                .refs("SmartCOMM Onboarding Pilot", PageRequest.of(0, 1))
                .getFirst()
                .id();

        assertThat(calendar.upcoming(new RenewalCalendarFilter(quadient, null, null)))
                .extracting(RenewalDate::number)
                .containsOnly("QD-MSLA-2021");
        assertThat(calendar.upcoming(new RenewalCalendarFilter(null, pilot, null)))
                .extracting(RenewalDate::number)
                .containsOnly("SC-PILOT-2026");
        assertThat(calendar.upcoming(RenewalCalendarFilter.ownedBy("marc")))
                .extracting(RenewalDate::number)
                .containsOnly("QD-MSLA-2021", "SC-PILOT-2026");
        assertThat(calendar.upcoming(RenewalCalendarFilter.ownedBy("olena")))
                .extracting(RenewalDate::number)
                .contains("OT-2019-0042", "MP-2026-01")
                .doesNotContain("QD-MSLA-2021", "SC-PILOT-2026");
    }

    @Test
    void each_date_has_a_key_that_names_contract_kind_and_day() {
        RenewalDate first =
                calendar.upcoming(RenewalCalendarFilter.ownedBy("olena")).getFirst();

        assertThat(first.key())
                .isEqualTo("contract-" + first.contractId() + "-"
                        + first.kind().name().toLowerCase().replace('_', '-') + "-" + first.date());
    }

    @Test
    @WithMockUser(
            username = "nobody",
            roles = {})
    void anyone_logged_in_reads_the_calendar() {
        assertThat(calendar.upcoming(RenewalCalendarFilter.all())).isNotEmpty();
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void nobody_reads_it_without_logging_in() {
        assertThatThrownBy(() -> calendar.upcoming(RenewalCalendarFilter.all()))
                .isInstanceOfAny(
                        AuthenticationCredentialsNotFoundException.class,
                        org.springframework.security.access.AccessDeniedException.class);
    }
}
