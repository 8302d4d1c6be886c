/**
 * Start-up: nothing but the health probes is served until every start-up runner (migrations checked, first admin,
 * demo data) has finished and the application accepts traffic.
 */
package io.pxportal.shared.startup;
