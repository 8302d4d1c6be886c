package io.pxportal.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailDiffTest {

    @Test
    void a_changed_field_shows_old_and_new_value_and_unchanged_fields_are_left_out() {
        Map<String, String> before = AuditTrail.snapshot("vendor.name", "OpenText", "vendor.country", "CA");
        Map<String, String> after = AuditTrail.snapshot("vendor.name", "OpenText", "vendor.country", "US");

        assertThat(AuditTrail.diff(before, after))
                .containsExactly(new AuditEntry.FieldChange("vendor.country", "CA", "US"));
    }

    @Test
    void creation_lists_every_filled_field_and_deletion_empties_them() {
        Map<String, String> record = AuditTrail.snapshot("vendor.name", "Quadient", "vendor.website", null);

        assertThat(AuditTrail.diff(Map.of(), record))
                .containsExactly(new AuditEntry.FieldChange("vendor.name", "", "Quadient"));
        assertThat(AuditTrail.diff(record, Map.of()))
                .containsExactly(new AuditEntry.FieldChange("vendor.name", "Quadient", ""));
    }

    @Test
    void merged_histories_are_newest_first() {
        AuditEntry older = new AuditEntry(3, null, "a", AuditEntry.Kind.CREATED, "x", List.of());
        AuditEntry newer = new AuditEntry(7, null, "b", AuditEntry.Kind.UPDATED, "y", List.of());

        assertThat(AuditTrail.newestFirst(List.of(older), List.of(newer))).containsExactly(newer, older);
    }
}
