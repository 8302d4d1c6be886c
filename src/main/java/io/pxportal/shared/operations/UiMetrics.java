package io.pxportal.shared.operations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The UI's metrics: open Vaadin sessions, and the server time of every UIDL request tagged by the view the UI
 * shows. The view is noted in the HTTP session at each navigation, so that the request's end reads it without
 * taking the Vaadin session's lock (the interceptor runs outside it).
 */
@Component
class UiMetrics implements VaadinServiceInitListener {

    static final String VIEWS = UiMetrics.class.getName() + ".views";
    private static final String STARTED = UiMetrics.class.getName() + ".started";
    static final String NO_VIEW = "none";

    private final PortalMetrics metrics;
    private final AtomicInteger sessions = new AtomicInteger();

    UiMetrics(PortalMetrics metrics) {
        this.metrics = metrics;
        metrics.uiSessions(sessions::get);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> watch(e.getUI()));
        event.addVaadinRequestInterceptor(roundTrips());
    }

    static void watch(UI ui) {
        int id = ui.getUIId();
        ui.addAfterNavigationListener(e -> views(ui.getSession()).put(id, viewName(e)));
        ui.addDetachListener(e -> {
            // A UI detached because its session ended (logout, timeout) has no HTTP session left to clean.
            WrappedSession http =
                    ui.getSession() == null ? null : ui.getSession().getSession();
            if (http != null) {
                views(ui.getSession()).remove(id);
            }
        });
    }

    /** The view's class name: few distinct values, unlike its address, which carries record ids. */
    static String viewName(AfterNavigationEvent event) {
        if (event.getActiveChain().isEmpty()) {
            return NO_VIEW;
        }
        Class<?> view = event.getActiveChain().getFirst().getClass();
        // A CGLIB subclass stands for the view it extends.
        return view.getName().contains("$$") ? view.getSuperclass().getSimpleName() : view.getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, String> views(VaadinSession session) {
        WrappedSession http = session.getSession();
        Map<Integer, String> views = (Map<Integer, String>) http.getAttribute(VIEWS);
        if (views == null) {
            views = new ConcurrentHashMap<>();
            http.setAttribute(VIEWS, views);
        }
        return views;
    }

    /** The interceptor that times UIDL requests; Vaadin calls it around every request it handles. */
    VaadinRequestInterceptor roundTrips() {
        return new RoundTrips();
    }

    private final class RoundTrips implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                request.setAttribute(STARTED, System.nanoTime());
            }
        }

        @Override
        public void handleException(
                VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
            // Timed at the end like any other request.
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (!(request.getAttribute(STARTED) instanceof Long started)) {
                return;
            }
            metrics.uiRoundtrip(view(request), System.nanoTime() - started);
        }

        @SuppressWarnings("unchecked")
        private static String view(VaadinRequest request) {
            String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
            try {
                WrappedSession http = request.getWrappedSession(false);
                if (http != null && uiId != null && http.getAttribute(VIEWS) instanceof Map<?, ?> views) {
                    return ((Map<Integer, String>) views).getOrDefault(Integer.valueOf(uiId), NO_VIEW);
                }
            } catch (NumberFormatException | IllegalStateException e) {
                // A forged UI id, or a session the request ended (logout): the time still counts.
            }
            return NO_VIEW;
        }
    }
}
