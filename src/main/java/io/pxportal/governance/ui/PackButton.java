package io.pxportal.governance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.pxportal.governance.SteeringPack;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.shared.ui.Notifications;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Steering pack (PDF)": renders the review's pack in the background, in the user's language, shows progress
 * while it runs (the page polls, as the import wizard does) and then offers the file for download.
 */
class PackButton extends Composite<HorizontalLayout> {

    static final int POLL_MS = 300;
    private static final Logger log = LoggerFactory.getLogger(PackButton.class);

    private final transient SteeringPackService packs;
    private final Long reviewId;
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final AtomicReference<Double> progress = new AtomicReference<>(0.0);
    private transient CompletableFuture<SteeringPack> running;
    private Anchor download;
    private Registration polling;

    PackButton(SteeringPackService packs, Long reviewId) {
        this.packs = packs;
        this.reviewId = reviewId;
        start.setText(getTranslation("governance.pack.button"));
        start.setIcon(VaadinIcon.FILE_TEXT_O.create());
        start.setId("review-pack");
        start.addClickListener(e -> generate());
        bar.setId("review-pack-progress");
        bar.setWidth("10em");
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("governance.pack.generating"));
        getContent().setAlignItems(FlexComponent.Alignment.CENTER);
        getContent().add(start, bar);
    }

    private void generate() {
        UI ui = UI.getCurrent();
        if (download != null) {
            getContent().remove(download);
            download = null;
        }
        start.setEnabled(false);
        start.setText(getTranslation("governance.pack.generating"));
        progress.set(0.0);
        bar.setValue(0);
        bar.setVisible(true);
        running = packs.renderInBackground(reviewId, getLocale(), progress::set);
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(e -> poll(ui));
    }

    private void poll(UI ui) {
        bar.setValue(Math.min(1, progress.get()));
        if (!running.isDone()) {
            return;
        }
        stopPolling(ui);
        bar.setVisible(false);
        start.setEnabled(true);
        start.setText(getTranslation("governance.pack.button"));
        try {
            offer(running.join());
        } catch (RuntimeException e) {
            log.warn("Steering pack of review {} failed", reviewId, e);
            Notifications.error(getTranslation("governance.pack.failed"));
        }
        running = null;
    }

    private void offer(SteeringPack pack) {
        DownloadHandler file = event -> {
            event.setFileName(pack.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(pack.pdf().length);
            event.getOutputStream().write(pack.pdf());
        };
        download = new Anchor(file, getTranslation("governance.pack.download"));
        download.setId("review-pack-download");
        getContent().add(download);
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        if (running != null) {
            running.cancel(false);
        }
    }
}
