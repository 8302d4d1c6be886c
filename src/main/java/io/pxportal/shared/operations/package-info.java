/**
 * What an operator sees of a running node: the portal's own metrics, all named in {@link
 * io.pxportal.shared.operations.PortalMetrics}, the schema's part of the readiness probe, and the user name in the
 * log context of every request (docs/deployment.md).
 */
package io.pxportal.shared.operations;
