package io.pxportal.experience;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodPinRepository extends JpaRepository<PeriodPin, String> {}
