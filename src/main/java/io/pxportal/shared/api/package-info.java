/**
 * What every REST controller of the portal shares: the {@link io.pxportal.shared.api.ApiController} marker,
 * RFC 9457 problem details for every error, paging, ETags for optimistic locking, and the OpenAPI document.
 * Modules keep their controllers in {@code <module>/api}; the token authentication lives in {@code identity}.
 */
package io.pxportal.shared.api;
