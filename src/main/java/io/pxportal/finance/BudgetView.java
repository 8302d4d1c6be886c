package io.pxportal.finance;

import io.pxportal.portfolio.PlatformRef;

/** A budget as lists show it, with whether the current user may change it. */
public record BudgetView(Long id, BudgetDraft draft, PlatformRef platform, boolean editable) {}
