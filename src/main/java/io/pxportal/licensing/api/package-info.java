/**
 * The HTTP side of licensing: usage measurements pushed by API clients under
 * {@code /api/v1/entitlements/{id}/measurements} — thin, like the contracts' controllers: the services decide who
 * may do what and validate; these translate paging, ETags and {@code If-Match}, and mark what they record as
 * pushed by API.
 */
package io.pxportal.licensing.api;
