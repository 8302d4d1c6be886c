/**
 * The HTTP side of governance: the steering pack of a review as a PDF under {@code /api/v1/reviews}.
 */
package io.pxportal.governance.api;
