package io.pxportal.experience;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyParticipantRepository extends JpaRepository<SurveyParticipant, SurveyParticipant.Key> {}
