/**
 * The HTTP side of contracts: the REST API under {@code /api/v1/contracts} (thin, like the portfolio's: the
 * services decide who may do what and validate; these controllers translate paging, ETags and {@code If-Match}),
 * and the renewal calendar as an iCalendar feed at a personal secret address, {@code /calendar/<secret>.ics}.
 */
package io.pxportal.contracts.api;
