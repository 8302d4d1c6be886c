package io.pxportal.experience;

import io.pxportal.shared.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every profile: an empty catalogue gets the defaults as version 1, published by the system actor "setup". */
@Component
@Order(5)
class CatalogueSetup implements ApplicationRunner {

    private final CatalogueRepository catalogues;
    private final CatalogueService service;

    CatalogueSetup(CatalogueRepository catalogues, CatalogueService service) {
        this.catalogues = catalogues;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catalogues.count() == 0) {
            SystemAuthentication.runAs(
                    ExperienceStartSteps.SETUP_ACTOR, () -> service.publish(CatalogueDefaults.draft()));
        }
    }
}
