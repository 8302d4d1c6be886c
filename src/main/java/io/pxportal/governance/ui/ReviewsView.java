package io.pxportal.governance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringService;
import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Steering reviews, the latest first; the steering committee plans new ones. */
@Route("reviews")
@Menu(title = "menu.reviews", order = 76, icon = "vaadin:group")
@InMenuSection(MenuSection.STEERING)
@PermitAll
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    public ReviewsView(
            SteeringService steering, PlatformService platforms, UserDirectory users, ExportService exports) {
        setSizeFull();
        ListToolbar toolbar = new ListToolbar(getTranslation("menu.reviews"), "reviews");
        toolbar.hideSearch();
        Grid<ReviewView> grid = new Grid<>();
        grid.setId("reviews-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ListColumns<ReviewView> columns = new ListColumns<>(grid);
        columns.add("review.held-on", r -> Formats.date(r.heldOn(), getLocale()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.add("review.title", ReviewView::title).setFlexGrow(2);
        columns.add(
                        "review.platforms",
                        r -> r.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", ")))
                .setFlexGrow(2);
        columns.add(
                        "review.status",
                        r -> getTranslation("review-status." + r.status().name()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        LazyGrids.bind(grid, steering::reviews, steering::countReviews);
        grid.addItemClickListener(e -> open(e.getItem()));
        if (steering.canRunReviews()) {
            toolbar.enableCreate(() -> ReviewEditor.open(steering, platforms, users, null, this::open));
        }
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>("steering-reviews", exports, columns, steering::reviews));
        toolbar.emptyState(grid, getTranslation("empty.reviews"), getTranslation("empty.reviews.create"));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void open(ReviewView review) {
        getUI().ifPresent(ui -> ui.navigate(ReviewPage.class, new RouteParameters("id", String.valueOf(review.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviews");
    }
}
