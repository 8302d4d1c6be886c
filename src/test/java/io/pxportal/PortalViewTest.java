package io.pxportal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

/** A browserless UI test of the portal's views, on the same context as {@link PortalIntegrationTest}. */
@PortalIntegrationTest
@ViewPackages(packages = "io.pxportal")
public abstract class PortalViewTest extends SpringBrowserlessTest {}
