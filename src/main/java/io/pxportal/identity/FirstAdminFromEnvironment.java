package io.pxportal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin at start-up from {@code PX_ADMIN_USERNAME} / {@code PX_ADMIN_PASSWORD} when the
 * database has no user yet; otherwise the setup page asks for one.
 */
@Component
@Order(100)
class FirstAdminFromEnvironment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminFromEnvironment.class);

    private final FirstAdminSetup setup;
    private final String username;
    private final String password;

    FirstAdminFromEnvironment(FirstAdminSetup setup, IdentityProperties properties) {
        this.setup = setup;
        this.username = properties.admin().username();
        this.password = properties.admin().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setup.isNeeded()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No users yet: open /setup to create the first administrator "
                    + "(or set PX_ADMIN_USERNAME and PX_ADMIN_PASSWORD)");
            return;
        }
        setup.createFirstAdmin(username, username, password);
        log.info("Created the first administrator '{}' from the environment", username);
    }
}
