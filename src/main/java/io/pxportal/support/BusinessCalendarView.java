package io.pxportal.support;

/** A business calendar as lists and its editor show it, with how many policies run on it and whether it is editable. */
public record BusinessCalendarView(Long id, BusinessCalendarDraft draft, long policies, boolean editable) {}
