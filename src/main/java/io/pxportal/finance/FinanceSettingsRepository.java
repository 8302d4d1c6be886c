package io.pxportal.finance;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinanceSettingsRepository extends JpaRepository<FinanceSettingsRecord, Long> {}
