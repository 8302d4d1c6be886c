/**
 * Import and export of records as CSV and XLSX, shared by all modules. A module makes a record type
 * exchangeable by declaring a {@link io.pxportal.exchange.RecordExchange} bean; this module reads files
 * (well-kept parsers: FastCSV, Apache POI streaming), maps columns by aliases, validates every row, and commits
 * all or nothing. Views: the import wizard and the export menu every list uses.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared::*"})
package io.pxportal.exchange;

import org.springframework.modulith.ApplicationModule;
