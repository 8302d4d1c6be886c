package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.ApplicationConstants;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The UIDL round trip is timed per view the UI shows; other Vaadin requests are not timed. */
class UiMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UiMetrics metrics = new UiMetrics(new PortalMetrics(registry, Clock.systemUTC()));

    /** Runs a UIDL request of UI 7 through the interceptor, the UI showing the given view. */
    static void uidlRequest(VaadinRequestInterceptor interceptor, String view) {
        VaadinRequest request = request(ApplicationConstants.REQUEST_TYPE_UIDL);
        WrappedSession session = mock(WrappedSession.class);
        when(session.getAttribute(UiMetrics.VIEWS)).thenReturn(new ConcurrentHashMap<>(Map.of(7, view)));
        when(request.getWrappedSession(false)).thenReturn(session);
        interceptor.requestStart(request, mock(VaadinResponse.class));
        interceptor.requestEnd(request, mock(VaadinResponse.class), null);
    }

    private static VaadinRequest request(String type) {
        VaadinRequest request = mock(VaadinRequest.class);
        Map<String, Object> attributes = new HashMap<>();
        when(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER)).thenReturn(type);
        when(request.getParameter(ApplicationConstants.UI_ID_PARAMETER)).thenReturn("7");
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(request)
                .setAttribute(anyString(), any());
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        return request;
    }

    @Test
    void a_uidl_request_is_timed_under_the_view_its_ui_shows() {
        uidlRequest(metrics.roundTrips(), "ContractView");

        assertThat(registry.get(PortalMetrics.UI_ROUNDTRIP)
                        .tag(PortalMetrics.TAG_VIEW, "ContractView")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void a_request_of_another_type_or_of_an_ended_session_counts_as_it_should() {
        VaadinRequest heartbeat = request("heartbeat");
        metrics.roundTrips().requestStart(heartbeat, mock(VaadinResponse.class));
        metrics.roundTrips().requestEnd(heartbeat, mock(VaadinResponse.class), null);
        assertThat(registry.find(PortalMetrics.UI_ROUNDTRIP).timers()).isEmpty();

        VaadinRequest loggedOut = request(ApplicationConstants.REQUEST_TYPE_UIDL);
        WrappedSession ended = mock(WrappedSession.class);
        when(ended.getAttribute(UiMetrics.VIEWS)).thenThrow(new IllegalStateException("invalidated"));
        when(loggedOut.getWrappedSession(false)).thenReturn(ended);
        metrics.roundTrips().requestStart(loggedOut, mock(VaadinResponse.class));
        metrics.roundTrips().requestEnd(loggedOut, mock(VaadinResponse.class), null);
        assertThat(registry.get(PortalMetrics.UI_ROUNDTRIP)
                        .tag(PortalMetrics.TAG_VIEW, UiMetrics.NO_VIEW)
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void a_ui_detached_because_its_session_ended_is_let_go_without_an_error() {
        com.vaadin.flow.server.VaadinSession session = mock(com.vaadin.flow.server.VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        when(session.getSession()).thenReturn(null);
        com.vaadin.flow.component.UI ui = new com.vaadin.flow.component.UI();
        ui.getInternals().setSession(session);
        UiMetrics.watch(ui);

        org.assertj.core.api.Assertions.assertThatCode(
                        () -> com.vaadin.flow.component.ComponentUtil.onComponentDetach(ui))
                .doesNotThrowAnyException();
    }
}
