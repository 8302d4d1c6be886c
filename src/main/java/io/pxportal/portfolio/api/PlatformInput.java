package io.pxportal.portfolio.api;

import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformEnvironment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** A platform as a client sends it; the version it is based on travels in {@code If-Match}, not in the body. */
@Schema(name = "PlatformInput")
record PlatformInput(
        @Schema(example = "Exstream Statements", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long vendorId,

        @Schema(example = "OpenText Exstream", requiredMode = Schema.RequiredMode.REQUIRED)
        String product,

        @Schema(example = "16.6") String productVersion,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Deployment deployment,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Lifecycle lifecycle,
        Set<PlatformEnvironment> environments,
        Set<String> businessUnits,

        @Schema(
                description = "Usernames of the product owners who own the platform. Only an admin may change "
                        + "them; leave out to keep them as they are (a product owner who creates a platform owns it).")
        Set<String> owners,

        String notes) {

    PlatformDraft toDraft(Set<String> ownersToKeep, Long version) {
        return new PlatformDraft(
                name,
                vendorId,
                product,
                productVersion,
                deployment,
                lifecycle,
                environments,
                businessUnits,
                owners == null ? ownersToKeep : owners,
                notes,
                version);
    }
}
