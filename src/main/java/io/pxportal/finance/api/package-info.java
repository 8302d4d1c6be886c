/**
 * The HTTP side of finance: cost lines and FX rates under {@code /api/v1/cost-lines} and {@code /api/v1/fx-rates}
 * (thin: the services decide who may do what), and the finance figures under {@code /api/v1/finance}.
 */
package io.pxportal.finance.api;
