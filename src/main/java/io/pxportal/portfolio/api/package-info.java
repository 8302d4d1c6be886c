/**
 * The REST API of the portfolio: vendors and platforms under {@code /api/v1}. Thin on purpose: the services
 * decide who may do what (roles, ownership) and validate; these controllers translate HTTP — paging, ETags and
 * {@code If-Match} — to and from the services' records.
 */
package io.pxportal.portfolio.api;
