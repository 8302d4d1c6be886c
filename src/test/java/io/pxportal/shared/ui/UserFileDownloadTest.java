package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class UserFileDownloadTest {

    @Test
    void an_uploaded_html_page_is_served_as_an_attachment_of_bytes_with_nosniff_and_its_quoted_name_intact() {
        VaadinResponse response = mock(VaadinResponse.class);
        DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), response, mock(VaadinSession.class), null);

        UserFileDownload.prepare(event, "offer \"final\".html", "text/html");

        org.mockito.ArgumentCaptor<String> disposition = org.mockito.ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"), disposition.capture());
        ContentDisposition parsed = ContentDisposition.parse(disposition.getValue());
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("offer \"final\".html");
        assertThat(disposition.getValue()).contains("filename*=UTF-8''");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setContentType("application/octet-stream");
    }

    @Test
    void the_file_name_reads_back_as_uploaded_and_cannot_add_a_header() {
        String header = UserFileDownload.contentDisposition("Договір \"A\";\r\nSet-Cookie: x=1.pdf");

        assertThat(header).doesNotContain("\r").doesNotContain("\n").startsWith("attachment;");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Договір \"A\";Set-Cookie: x=1.pdf");
    }

    @Test
    void passive_types_keep_their_type_and_everything_else_is_bytes() {
        assertThat(UserFileDownload.safeContentType("application/pdf")).isEqualTo("application/pdf");
        assertThat(UserFileDownload.safeContentType("IMAGE/PNG; name=a.png")).isEqualTo("image/png");
        assertThat(UserFileDownload.safeContentType("text/html")).isEqualTo("application/octet-stream");
        assertThat(UserFileDownload.safeContentType("image/svg+xml")).isEqualTo("application/octet-stream");
        assertThat(UserFileDownload.safeContentType("not a type")).isEqualTo("application/octet-stream");
        assertThat(UserFileDownload.safeContentType("text/plain; charset=nonsense"))
                .isEqualTo("application/octet-stream");
        assertThat(UserFileDownload.safeContentType(null)).isEqualTo("application/octet-stream");
    }
}
