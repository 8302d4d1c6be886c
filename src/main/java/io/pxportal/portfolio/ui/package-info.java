/** The portfolio's views, and the platform filter that list views of other modules use. */
@NamedInterface("ui")
package io.pxportal.portfolio.ui;

import org.springframework.modulith.NamedInterface;
