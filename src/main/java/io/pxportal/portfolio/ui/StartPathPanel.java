package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportTypeInfo;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.ShellUser;
import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Scope;

/**
 * The getting-started path above the portfolio: every module's steps in dependency order, each with its state as
 * the records say, a line on what it means, the page where it is done and the import templates that fill it.
 * Shown to admins and product owners until every step is done or they hide it; the user menu's entry brings it
 * back, done or not ({@link StartPath#SHOW_PARAMETER}). Rebuilt on every navigation, so it is current after the
 * menu entry reopens it on this very page.
 */
@SpringComponent
@Scope("prototype")
class StartPathPanel extends Composite<Div> implements AfterNavigationObserver {

    private final transient List<StartStepSource> sources;
    private final transient PlatformService platforms;
    private final transient ShellUser shellUser;
    private final transient ImportWizard imports;
    private final transient ExportService exports;

    StartPathPanel(
            List<StartStepSource> sources,
            PlatformService platforms,
            ShellUser shellUser,
            ImportWizard imports,
            ExportService exports) {
        this.sources = sources;
        this.platforms = platforms;
        this.shellUser = shellUser;
        this.imports = imports;
        this.exports = exports;
        getContent().setId("start-path");
        getContent().addClassName("px-start-path");
        getContent().setVisible(false);
    }

    private boolean asked;

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(StartPath.SHOW_PARAMETER)
                .isPresent();
        refresh();
    }

    void refresh() {
        Div panel = getContent();
        panel.removeAll();
        panel.setVisible(false);
        if (!StartPath.offeredToCurrentUser() || shellUser.dismissedStartPath()) {
            return;
        }
        List<StartStep> steps = StartPath.steps(sources, platforms::activeVendorsByPlatform);
        if (steps.isEmpty() || StartPath.complete(steps) && !asked) {
            return;
        }
        long done = steps.stream().filter(s -> s.state() == StartState.DONE).count();
        Span progress = new Span(getTranslation("start.progress", done, steps.size()));
        progress.setId("start-progress");
        progress.addClassName("px-start-progress");
        Button dismiss = new Button(getTranslation("start.dismiss"), new Icon(VaadinIcon.CLOSE_SMALL), e -> {
            shellUser.saveDismissedStartPath(true);
            asked = false;
            refresh();
        });
        dismiss.setId("start-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dismiss.setTooltipText(getTranslation("start.dismiss.help"));
        Div head = new Div(
                new H3(getTranslation(StartPath.wholePortal() ? "start.title" : "start.title.mine")),
                progress,
                dismiss);
        head.addClassName("px-start-head");

        Map<String, String> importable = imports.importableTypes().stream()
                .collect(Collectors.toMap(ImportTypeInfo::type, ImportTypeInfo::labelKey));
        OrderedList list = new OrderedList();
        list.addClassName("px-start-steps");
        for (int i = 0; i < steps.size(); i++) {
            list.add(step(i + 1, steps.get(i), importable));
        }
        panel.add(head, list);
        panel.setVisible(true);
    }

    private ListItem step(int number, StartStep step, Map<String, String> importable) {
        Span count = new Span(String.valueOf(number));
        count.addClassName("px-start-number");
        Span title = new Span(getTranslation(step.titleKey()));
        title.addClassName("px-start-title");
        Span state = new Span(getTranslation("start.state." + step.state().name()));
        state.addClassName("px-start-state");
        state.getElement()
                .getThemeList()
                .add(
                        switch (step.state()) {
                            case DONE -> "badge success";
                            case STARTED -> "badge";
                            case NOT_STARTED -> "badge contrast";
                        });
        Span help = new Span(getTranslation(step.explanationKey()));
        help.addClassName("px-start-help");
        Div body = new Div(new Div(title, state), help);
        body.addClassName("px-start-body");

        Anchor open = new Anchor(step.route(), getTranslation("start.open"));
        open.setId("start-open-" + step.key());
        Div actions = new Div(open);
        actions.addClassName("px-start-actions");
        step.importTypes().stream()
                .filter(importable::containsKey)
                .forEach(type -> actions.add(template(type, importable.get(type))));

        ListItem item = new ListItem(count, body, actions);
        item.setId("start-step-" + step.key());
        item.addClassName("px-start-step");
        item.addClassName("px-start-" + step.state().name().toLowerCase().replace('_', '-'));
        return item;
    }

    /** The import wizard's own template (headers and an example row), as a workbook. */
    private Anchor template(String type, String labelKey) {
        FileFormat format = FileFormat.XLSX;
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(type + "-template" + format.extension());
                    event.setContentType(format.contentType());
                    exports.writeTemplate(type, format, getLocale(), event.getOutputStream());
                },
                getTranslation("start.template", getTranslation(labelKey)));
        anchor.setId("start-template-" + type);
        return anchor;
    }
}
