package io.pxportal.support;

import java.time.LocalDate;

/** A day a calendar takes off, with the name people know it by ("Thanksgiving"). */
public record Holiday(LocalDate date, String name) {}
