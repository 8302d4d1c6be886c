package io.pxportal.portfolio;

import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Vendors and platforms for the global search, read through their services' list queries. */
@Component
class PortfolioSearch implements SearchSource {

    private final VendorService vendors;
    private final PlatformService platforms;

    PortfolioSearch(VendorService vendors, PlatformService platforms) {
        this.vendors = vendors;
        this.platforms = platforms;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        vendors.page(text, PageRequest.of(0, limit, Sort.by("name")))
                .forEach(vendor -> hits.add(new SearchHit(
                        "search.kind.vendor",
                        vendor.name(),
                        vendor.country() == null ? "" : vendor.country(),
                        "vendors?vendor=" + vendor.id())));
        platforms
                .page(new PlatformFilter(text, null, null, null, false), PageRequest.of(0, limit, Sort.by("name")))
                .forEach(platform -> hits.add(new SearchHit(
                        "search.kind.platform",
                        platform.name(),
                        platform.vendor() == null ? "" : platform.vendor().name(),
                        "platforms?platform=" + platform.id())));
        return hits;
    }
}
