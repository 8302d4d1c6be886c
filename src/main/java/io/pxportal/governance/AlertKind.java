package io.pxportal.governance;

/** What an alert is about. */
public enum AlertKind { NOTICE_DEADLINE, TERM_END }
