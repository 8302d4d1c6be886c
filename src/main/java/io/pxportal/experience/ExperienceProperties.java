package io.pxportal.experience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.experience.*} (docs/deployment.md).
 *
 * @param survey the pulse survey
 */
@ConfigurationProperties("px.experience")
record ExperienceProperties(@DefaultValue Survey survey) {

    /**
     * @param minResponses how many answers a platform's quarter needs before its survey results show (anonymity);
     *                     below 1 counts as 1
     */
    record Survey(@DefaultValue("3") int minResponses) {}
}
