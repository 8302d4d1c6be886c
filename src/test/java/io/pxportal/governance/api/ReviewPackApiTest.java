package io.pxportal.governance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.governance.ReviewStatus;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringService;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import io.pxportal.shared.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ReviewPackApiTest extends PortalApiTest {

    @Autowired
    SteeringService steering;

    @Test
    void a_reader_downloads_a_closed_reviews_pack_in_the_language_asked_for() throws Exception {
        NewApiToken auditor = tokenOf("auditor", ApiTokenScope.READ);
        ReviewView closed = as("auditor", () -> steering.reviews(PageRequest.of(0, 50)), Role.AUDITOR).stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED && r.title().startsWith("CCM steering review"))
                .findFirst()
                .orElseThrow();

        byte[] pdf = mvc.perform(get("/api/v1/reviews/{id}/pack.pdf", closed.id())
                        .with(bearer(auditor))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"steering-pack-" + closed.heldOn() + "-" + closed.id()
                                        + ".pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Пакет для управляющего комитета", closed.title(), "Страница 1 из ");
        }

        mvc.perform(get("/api/v1/reviews/{id}/pack.pdf", 987654321L).with(bearer(auditor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reviews/{id}/pack.pdf", closed.id())).andExpect(status().isUnauthorized());
    }
}
