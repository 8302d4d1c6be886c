package io.pxportal.exchange.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

class ImportApiTest extends PortalApiTest {

    @Test
    void json_rows_upsert_all_or_nothing_and_a_repeat_changes_nothing() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        String rows = """
                [{"name": "API Bulk Vendor 1", "country": "ee"},
                 {"Name": "API Bulk Vendor 2", "Account manager": "Kim"}]""";

        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rows))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rows))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
    }

    @Test
    void one_invalid_row_rejects_the_request_with_every_error_and_writes_nothing() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        String rows = """
                [{"name": "API Rejected Vendor", "country": "EE"},
                 {"name": "API Rejected Vendor 2", "country": "Estonia", "website": "gopher://x"}]""";

        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(admin))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rows))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[*].column")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("country", "website")))
                .andExpect(jsonPath("$.errors[*].label")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("Країна", "Вебсайт")))
                .andExpect(jsonPath("$.detail").value(containsString("нічого не імпортовано")));
        mvc.perform(get("/api/v1/vendors").param("q", "API Rejected Vendor").with(bearer(admin)))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void a_windows_1251_csv_file_with_ukrainian_dates_and_numbers_imports() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        byte[] file = "Назва;Країна;Примітки\nAPI Файл Постачальник;UA;з файлу\n".getBytes("windows-1251");

        mvc.perform(multipart("/api/v1/import/vendors")
                        .file(new MockMultipartFile("file", "vendors.csv", "text/csv", file))
                        .param("charset", "windows-1251")
                        .param("locale", "uk-UA")
                        .with(bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void a_ticket_file_without_a_platform_column_names_the_column_in_the_callers_language() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        byte[] file = "Case ID,Severity,Title,Opened\nCS-API-NOPLAT,P2,Batch fails,2026-03-05 10:15\n"
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/import/tickets")
                        .file(new MockMultipartFile("file", "tickets.csv", "text/csv", file))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .with(bearer(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("import.mapping.required-missing"))
                .andExpect(jsonPath("$.detail").value(containsString("«Платформа»")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("support.ticket"))));
    }

    @Test
    void a_read_token_cannot_import_and_finance_may_not_import_vendors() throws Exception {
        String rows = "[{\"name\": \"API Forbidden Vendor\"}]";
        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(tokenOf("admin", ApiTokenScope.READ)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rows))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(tokenOf("finance", ApiTokenScope.WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rows))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_export_streams_a_file_that_the_import_takes_back_unchanged() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        byte[] export = mvc.perform(
                        get("/api/v1/export/platforms").param("format", "xlsx").with(bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("platforms.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        mvc.perform(multipart("/api/v1/import/platforms")
                        .file(new MockMultipartFile("file", "platforms.xlsx", "application/octet-stream", export))
                        .with(bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));
    }

    @Test
    void a_template_lists_the_columns_in_the_callers_language() throws Exception {
        String csv = mvc.perform(get("/api/v1/export/vendors/template")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                        .with(bearer(tokenOf("steering", ApiTokenScope.READ))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThat(csv.lines().toList()).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(csv).contains("Название").contains("OpenText");
    }

    @Test
    void a_file_takes_one_value_for_a_column_it_lacks_and_repeated_rows_are_listed() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        byte[] export = ("Case Number,Subject,Priority,Date/Time Opened,Status\n"
                        + "API-QD-1,Template fails,P2,2026-03-05 10:15,New\n"
                        + "API-QD-2,Licence question,P4,2026-03-05 11:00,New\n"
                        + "API-QD-1,Template fails,P2,2026-03-05 10:15,New\n")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/import/tickets")
                        .file(new MockMultipartFile("file", "portal.csv", "text/csv", export))
                        .param("value.platform", "Unknown Platform")
                        .with(bearer(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Unknown Platform")));
        mvc.perform(multipart("/api/v1/import/tickets")
                        .file(new MockMultipartFile("file", "portal.csv", "text/csv", export))
                        .param("value.Platform", "SmartCOMM Onboarding Pilot")
                        .with(bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.repeated.count").value(1))
                .andExpect(jsonPath("$.repeated.rows[0].row").value(4))
                .andExpect(jsonPath("$.repeated.rows[0].first").value(2));
        mvc.perform(multipart("/api/v1/import/tickets")
                        .file(new MockMultipartFile("file", "portal.csv", "text/csv", export))
                        .param("value.nonsense", "x")
                        .with(bearer(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("nonsense")));
    }

    @Test
    void a_file_with_only_a_header_row_is_refused_in_the_callers_language() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);

        mvc.perform(multipart("/api/v1/import/vendors")
                        .file(new MockMultipartFile(
                                "file", "vendors.csv", "text/csv", "name;country\n".getBytes(StandardCharsets.UTF_8)))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .with(bearer(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("немає рядків з даними")));
        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("No rows")));
    }
}
