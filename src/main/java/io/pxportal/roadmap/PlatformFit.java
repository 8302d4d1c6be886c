package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;

/** One platform's roadmap scores for a quarter: fit, reliability of its vendor's items, the nearest end of support. */
public record PlatformFit(
        PlatformRef platform, Quarter quarter, Fit fit, Reliability reliability, SupportRiskView endOfSupport) {}
