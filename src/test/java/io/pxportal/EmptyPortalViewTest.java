package io.pxportal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

/** A browserless UI test of the portal's views on an empty portal, on the context of {@link EmptyPortalTest}. */
@EmptyPortalTest
@ViewPackages(packages = "io.pxportal")
public abstract class EmptyPortalViewTest extends SpringBrowserlessTest {}
