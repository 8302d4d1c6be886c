package io.pxportal.support;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A policy as lists and its editor show it: what was agreed, its contract, vendor and platforms, the calendar it
 * runs on, the day it was retired (null while in force) and whether the user may change it.
 */
public record SlaPolicyView(
        Long id,
        SlaPolicyDraft draft,
        String contractNumber,
        VendorRef vendor,
        List<PlatformRef> platforms,
        String calendarName,
        ZoneId zone,
        LocalDate retiredOn,
        boolean editable) {

    public boolean retired() {
        return retiredOn != null;
    }
}
