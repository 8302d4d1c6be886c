package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class ContractDocumentServiceTest {

    @Autowired
    ContractDocumentService documents;

    @Autowired
    ContractService contracts;

    private Long contract(String number) {
        return contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst()
                .id();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void an_owner_stores_a_document_that_everyone_can_download_and_removes_it_again() {
        Long inspire = contract("QD-MSLA-2021");
        byte[] pdf = "%PDF-1.7 signed MSLA".getBytes();

        ContractDocumentView stored =
                documents.upload(inspire, "MSLA-signed.pdf", "application/pdf", new ByteArrayInputStream(pdf));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        documents.download(stored.id(), back);

        assertThat(back.toByteArray()).isEqualTo(pdf);
        assertThat(documents.list(inspire))
                .extracting(ContractDocumentView::fileName)
                .contains("MSLA-signed.pdf");
        documents.delete(inspire, stored.id());
        assertThat(documents.list(inspire)).extracting(ContractDocumentView::id).doesNotContain(stored.id());
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_document_over_the_limit_is_refused_and_someone_elses_contract_is_out_of_reach() {
        Long inspire = contract("QD-MSLA-2021");
        byte[] tooLarge = new byte[(int) documents.maxSize() + 1];

        assertThatThrownBy(() -> documents.upload(inspire, "big.bin", null, new ByteArrayInputStream(tooLarge)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("document.too-large");
        assertThatThrownBy(() -> documents.upload(
                        contract("OT-2019-0042"), "x.pdf", null, new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(AccessDeniedException.class);
    }
}
