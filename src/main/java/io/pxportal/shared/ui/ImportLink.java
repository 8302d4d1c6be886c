package io.pxportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The "Import" action of an empty list, for those whose roles open the import page (the page's own annotation
 * decides; the shell knows no feature module, only the page's address).
 */
final class ImportLink {

    static final String ROUTE = "import";

    private ImportLink() {}

    /** A link to the import page, or null when the current user may not open it. */
    static Anchor create() {
        if (!mayImport()) {
            return null;
        }
        Anchor link = new Anchor(ROUTE, UI.getCurrent().getTranslation("menu.import"));
        link.addComponentAsFirst(VaadinIcon.UPLOAD.create());
        link.addClassName("px-empty-import");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    static boolean mayImport() {
        if (UI.getCurrent() == null) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return RouteConfiguration.forSessionScope()
                .getRoute(ROUTE)
                .map(view -> new AccessAnnotationChecker()
                        .hasAccess(
                                view,
                                authentication,
                                role -> Arrays.stream(Role.values())
                                        .anyMatch(r -> r.name().equals(role) && CurrentUser.hasRole(r))))
                .orElse(false);
    }
}
