package io.pxportal.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.pxportal.governance.ActionView;
import io.pxportal.governance.Agenda;
import io.pxportal.governance.AgendaSection;
import io.pxportal.governance.DecisionLink;
import io.pxportal.governance.DecisionView;
import io.pxportal.governance.PeopleNames;
import io.pxportal.governance.ReviewStatus;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.governance.SteeringDecisionService;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.governance.SteeringService;
import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * One steering review: what it covers, its agenda (live while planned, frozen once closed), the decisions it
 * took and the actions that follow. The steering committee records decisions on agenda items and closes the
 * review; an action's owner marks it done.
 */
@Route("reviews/:id")
@PermitAll
public class ReviewPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SteeringService steering;
    private final transient SteeringDecisionService decisions;
    private final transient SteeringActionService actions;
    private final transient PlatformService platforms;
    private final transient UserDirectory users;
    private final transient SteeringPackService packs;
    private final transient PeopleNames names;
    private ReviewView review;

    public ReviewPage(
            SteeringService steering,
            SteeringDecisionService decisions,
            SteeringActionService actions,
            PlatformService platforms,
            UserDirectory users,
            SteeringPackService packs) {
        this.steering = steering;
        this.decisions = decisions;
        this.actions = actions;
        this.packs = packs;
        this.platforms = platforms;
        this.users = users;
        this.names = new PeopleNames(users);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            String raw = event.getRouteParameters().get("id").orElse(null);
            review = steering.review(LinkedRecord.id(raw).orElseThrow(() -> new NotFoundException("review", raw)));
        } catch (NotFoundException e) {
            event.forwardTo(ReviewsView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(header(), agenda(), decisions(), actions());
    }

    private Component header() {
        H2 title = new H2(review.title());
        title.addClassName("px-page-title");
        Span status = new Span(getTranslation("review-status." + review.status().name()));
        status.setId("review-status");
        status.getElement().getThemeList().add(review.status() == ReviewStatus.CLOSED ? "badge contrast" : "badge");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        if (review.editable()) {
            Button edit = new Button(
                    getTranslation("review.edit"),
                    e -> ReviewEditor.open(steering, platforms, users, review, saved -> reload()));
            edit.setId("review-edit");
            Button close = new Button(getTranslation("review.close"), e -> confirmClose());
            close.setId("review-close");
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            head.add(edit, close);
        }
        head.add(new PackButton(packs, review.id()));
        Paragraph facts = new Paragraph(getTranslation(
                "review.facts",
                Formats.date(review.heldOn(), getLocale()),
                review.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", ")),
                review.attendees().isEmpty() ? "—" : names.all(review.attendees())));
        facts.setId("review-facts");
        VerticalLayout header = new VerticalLayout(head, facts);
        header.setPadding(false);
        if (review.notes() != null) {
            header.add(new Paragraph(review.notes()));
        }
        if (review.closedAt() != null) {
            header.add(new Paragraph(getTranslation(
                    "review.closed-by",
                    names.of(review.closedBy()),
                    Formats.dateTime(review.closedAt(), ShellPreferences.zone(), getLocale()))));
        }
        return header;
    }

    private void confirmClose() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("review.close"),
                getTranslation("review.close.question"),
                getTranslation("review.close"),
                ok -> {
                    try {
                        steering.closeReview(review.id(), review.version());
                        Notifications.success(getTranslation("review.closed"));
                        reload();
                    } catch (DomainException ex) {
                        Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                    }
                },
                getTranslation("editor.cancel"),
                no -> {});
        confirm.open();
    }

    private Component agenda() {
        Agenda agenda = steering.agenda(review.id());
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("review.agenda")));
        layout.setPadding(false);
        layout.setId("review-agenda");
        layout.add(new Paragraph(getTranslation(
                agenda.frozen() ? "review.agenda.frozen" : "review.agenda.live",
                Formats.date(agenda.asOf(), getLocale()),
                Formats.date(agenda.until(), getLocale()))));
        for (AgendaSection section : agenda.sections()) {
            Span heading = new Span(getTranslation("agenda.section." + section.section()));
            heading.addClassName("px-section-title");
            layout.add(heading);
            if (section.items().isEmpty()) {
                Paragraph nothing = new Paragraph(getTranslation("review.agenda.nothing"));
                // the section keeps its id when it has nothing, so a link or a test finds it either way
                nothing.setId("agenda-" + section.section());
                layout.add(nothing);
                continue;
            }
            AgendaGrids.of(this, getLocale(), section.section(), section.items(), this::decideButton)
                    .forEach(layout::add);
        }
        return layout;
    }

    /** The "Decision" button of an agenda item, while the review can still take decisions. */
    private Component decideButton(AgendaItem item) {
        if (!review.editable()) {
            return null;
        }
        Button decide = new Button(
                getTranslation("steering-decision.new"),
                e -> new DecisionDialog(
                                decisions,
                                review.id(),
                                new DecisionLink(item.subjectType(), item.subjectId(), item.title()),
                                this::reload)
                        .open());
        decide.addThemeVariants(
                ButtonVariant.LUMO_SMALL,
                item.needsDecision() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return decide;
    }

    private Component decisions() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("review.decisions")));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        if (review.editable()) {
            Button add = new Button(
                    getTranslation("steering-decision.new"),
                    e -> new DecisionDialog(decisions, review.id(), null, this::reload).open());
            add.setId("review-decide");
            head.add(add);
        }
        Grid<DecisionView> grid = new Grid<>();
        grid.setId("review-decisions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        PortalGrids.text(
                        grid,
                        d -> getTranslation("decision-outcome." + d.outcome().name()))
                .setHeader(getTranslation("steering-decision.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PortalGrids.text(grid, DecisionView::title)
                .setHeader(getTranslation("steering-decision.title"))
                .setFlexGrow(2);
        PortalGrids.text(grid, DecisionView::rationale)
                .setHeader(getTranslation("steering-decision.rationale"))
                .setFlexGrow(3);
        PortalGrids.text(grid, d -> names.of(d.decidedBy()) + ", " + Formats.date(d.decidedOn(), getLocale()))
                .setHeader(getTranslation("steering-decision.decided"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        EmptyState.on(grid, getTranslation("empty.review.decisions"));
        grid.setItems(decisions.decisions(review.id()));
        layout.add(head, grid);
        return layout;
    }

    private Component actions() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("review.actions")));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        if (steering.canRunReviews()) {
            Button add = new Button(
                    getTranslation("steering-action.new"),
                    e -> new ActionDialog(
                                    actions,
                                    review.id(),
                                    users.enabledUsers(),
                                    decisions.decisions(review.id()),
                                    this::reload)
                            .open());
            add.setId("review-add-action");
            head.add(add);
        }
        Grid<ActionView> grid = new Grid<>();
        grid.setId("review-actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        PortalGrids.text(grid, ActionView::title)
                .setHeader(getTranslation("steering-action.title"))
                .setFlexGrow(3);
        PortalGrids.text(grid, a -> names.of(a.owner()))
                .setHeader(getTranslation("steering-action.owner"))
                .setAutoWidth(true);
        PortalGrids.text(grid, a -> Formats.date(a.dueOn(), getLocale()))
                .setHeader(getTranslation("steering-action.due-on"))
                .setAutoWidth(true);
        grid.addComponentColumn(ActionButtons::status)
                .setHeader(getTranslation("steering-action.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> ActionButtons.buttons(a, actions, this::reload))
                .setAutoWidth(true)
                .setFlexGrow(0);
        EmptyState.on(grid, getTranslation("empty.review.actions"));
        grid.setItems(actions.actions(review.id()));
        layout.add(head, grid);
        return layout;
    }

    private void reload() {
        review = steering.review(review.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("menu.reviews") : review.title();
    }
}
