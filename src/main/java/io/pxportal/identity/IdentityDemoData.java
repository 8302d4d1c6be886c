package io.pxportal.identity;

import io.pxportal.shared.audit.AuditActor;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo profile only: creates the demo users in an empty database. */
@Component
@Profile("demo")
@Order(10)
class IdentityDemoData implements ApplicationRunner {

    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String password;

    IdentityDemoData(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            IdentityProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.password = properties.demo().password();
        if (password == null) {
            throw new IllegalStateException("The demo data needs px.demo.password, the demo users' password");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String hash = passwordEncoder.encode(password);
        AuditActor.as(
                ACTOR,
                () -> transaction.execute(tx -> users.saveAll(DemoLogins.ALL.stream()
                        .map(l -> new AppUser(l.username(), l.displayName(), l.email(), hash, Set.of(l.role())))
                        .toList())));
        log.info(
                "Demo users created: {}",
                DemoLogins.ALL.stream().map(DemoLogins.Login::username).toList());
    }
}
