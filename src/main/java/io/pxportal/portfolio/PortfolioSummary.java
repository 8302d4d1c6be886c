package io.pxportal.portfolio;

import java.util.List;

/** How many platforms there are per lifecycle stage and deployment model. */
public record PortfolioSummary(List<Count> counts) {

    /** One cell of the breakdown. */
    public record Count(Lifecycle lifecycle, Deployment deployment, long platforms) {}

    public long total() {
        return counts.stream().mapToLong(Count::platforms).sum();
    }
}
