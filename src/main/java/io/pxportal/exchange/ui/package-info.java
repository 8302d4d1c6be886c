/** The import wizard, and the export menu that list views of every module use. */
@NamedInterface("ui")
package io.pxportal.exchange.ui;

import org.springframework.modulith.NamedInterface;
