package io.pxportal.finance;

/** A stored FX rate. */
public record FxRateView(Long id, FxRateDraft draft) {}
