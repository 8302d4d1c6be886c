package io.pxportal.shared.start;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one rendering of the path counts over: the platforms not being retired with each one's vendor — every such
 * platform for an admin, a product owner's own for them. Several modules' steps need it; it is asked of the
 * portfolio once per path, on the first step that needs it, not once per step.
 */
public final class StartScope {

    private final Supplier<Map<Long, Long>> source;
    private Map<Long, Long> vendorsByPlatform;

    private StartScope(Supplier<Map<Long, Long>> source) {
        this.source = source;
    }

    /** A scope that asks {@code activeVendorsByPlatform} (platform id → vendor id) at most once. */
    public static StartScope of(Supplier<Map<Long, Long>> activeVendorsByPlatform) {
        return new StartScope(activeVendorsByPlatform);
    }

    /** Platform id → vendor id of the platforms in use that the path counts over. */
    public Map<Long, Long> vendorsByPlatform() {
        if (vendorsByPlatform == null) {
            vendorsByPlatform = Map.copyOf(source.get());
        }
        return vendorsByPlatform;
    }

    /** The ids of the platforms in use that the path counts over. */
    public Set<Long> platformIds() {
        return vendorsByPlatform().keySet();
    }
}
