package io.pxportal.roadmap;

import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The look-ups the roadmap's import rows share: vendors, platforms and objectives by name or code, quarters. */
@Component
class RoadmapImports {

    private final VendorService vendors;
    private final PlatformService platforms;
    private final ObjectiveRepository objectives;

    RoadmapImports(VendorService vendors, PlatformService platforms, ObjectiveRepository objectives) {
        this.vendors = vendors;
        this.platforms = platforms;
        this.objectives = objectives;
    }

    Long vendor(ImportRow row, String column) {
        String name = row.text(column);
        return name == null
                ? null
                : vendors.findByName(name).map(VendorRef::id).orElseGet(() -> {
                    row.error(column, "import.value.unknown-vendor", name);
                    return null;
                });
    }

    Optional<Long> platform(String name) {
        return platforms.refs(name, PageRequest.of(0, 50)).stream()
                .filter(p -> p.name().equalsIgnoreCase(name))
                .map(PlatformRef::id)
                .findFirst();
    }

    Long platform(ImportRow row, String column) {
        String name = row.text(column);
        return name == null
                ? null
                : platform(name).orElseGet(() -> {
                    row.error(column, "import.value.unknown-platform", name);
                    return null;
                });
    }

    Long objective(ImportRow row, String column, String code) {
        return objectives
                .findByCodeIgnoreCase(code.trim())
                .map(Objective::getId)
                .orElseGet(() -> {
                    row.error(column, "roadmap.import.unknown-objective", code);
                    return null;
                });
    }

    /** Look-ups for one pass over a file: vendors and platforms by name read once, objectives remembered by code. */
    Pass pass() {
        return new Pass(vendors.nameIndex(), platforms.nameIndex());
    }

    /** The look-ups by name of one import pass, answered from one query per kind instead of a search per row. */
    final class Pass {

        private final NameIndex vendorIds;
        private final NameIndex platformIds;
        private final java.util.Map<String, Optional<Long>> objectiveIds = new java.util.HashMap<>();

        private Pass(NameIndex vendorIds, NameIndex platformIds) {
            this.vendorIds = vendorIds;
            this.platformIds = platformIds;
        }

        Long vendor(ImportRow row, String column) {
            String name = row.text(column);
            return name == null
                    ? null
                    : vendorIds.find(name).orElseGet(() -> {
                        row.error(column, "import.value.unknown-vendor", name);
                        return null;
                    });
        }

        Optional<Long> platform(String name) {
            return platformIds.find(name);
        }

        Long objective(ImportRow row, String column, String code) {
            return objectiveIds
                    .computeIfAbsent(
                            NameIndex.key(code),
                            k -> objectives.findByCodeIgnoreCase(code.trim()).map(Objective::getId))
                    .orElseGet(() -> {
                        row.error(column, "roadmap.import.unknown-objective", code);
                        return null;
                    });
        }
    }

    static Quarter quarter(ImportRow row, String column) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        Quarter quarter = Quarter.parse(text);
        if (quarter == null) {
            row.error(column, "roadmap.import.not-a-quarter", text);
        }
        return quarter;
    }
}
