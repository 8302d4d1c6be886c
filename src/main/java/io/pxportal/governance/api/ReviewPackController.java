package io.pxportal.governance.api;

import io.pxportal.governance.SteeringPack;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.shared.api.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A review's steering pack as a PDF, in the language of {@code Accept-Language} (en, uk, ru or ar). */
@ApiController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Steering reviews", description = "The steering pack of a review")
class ReviewPackController {

    private final SteeringPackService packs;

    ReviewPackController(SteeringPackService packs) {
        this.packs = packs;
    }

    @GetMapping(value = "/{id}/pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The review's steering pack (PDF)",
            description = "A4 landscape with bookmarks and page "
                    + "numbers: cover, every agenda section with its figures and charts, decisions and open actions. A "
                    + "closed review's pack shows the figures frozen when it closed. Language from Accept-Language.")
    ResponseEntity<byte[]> pack(@Parameter(description = "The review's id") @PathVariable Long id) {
        SteeringPack pack = packs.render(id, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pack.fileName())
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pack.pdf());
    }
}
