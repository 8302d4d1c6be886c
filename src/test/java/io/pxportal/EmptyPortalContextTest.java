package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The empty portal's context really is empty: the schema is there, but no vendor, platform or user. */
@EmptyPortalTest
class EmptyPortalContextTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void startsWithTheSchemaAndNoRecords() {
        assertThat(jdbc.queryForObject("select count(*) from vendor", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from platform", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isZero();
    }
}
