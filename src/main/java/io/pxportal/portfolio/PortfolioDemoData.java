package io.pxportal.portfolio;

import io.pxportal.shared.security.SystemAuthentication;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a fictional EU bank-insurer's CCM portfolio, loaded through the
 * secured services into an empty database. {@code px.demo.scale} &gt; 1 adds generated vendors and platforms
 * (deterministic: a fixed seed) for benchmarks.
 */
@Component
@Profile("demo")
@Order(20)
class PortfolioDemoData implements ApplicationRunner {

    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(PortfolioDemoData.class);

    private final VendorService vendors;
    private final PlatformService platforms;
    private final VendorRepository vendorRepository;
    private final int scale;

    PortfolioDemoData(
            VendorService vendors,
            PlatformService platforms,
            VendorRepository vendorRepository,
            PortfolioProperties properties) {
        this.vendors = vendors;
        this.platforms = platforms;
        this.vendorRepository = vendorRepository;
        this.scale = Math.max(1, properties.scale());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (vendorRepository.count() > 0) {
            return;
        }
        SystemAuthentication.runAs(ACTOR, () -> {
            loadPortfolio();
            for (int i = 1; i < scale; i++) {
                loadGenerated(i, new Random(42L + i));
            }
        });
        log.info("Demo portfolio loaded (scale {})", scale);
    }

    private void loadPortfolio() {
        Long openText = vendor(
                "OpenText",
                "CA",
                "https://www.opentext.com",
                "Laura Whitfield",
                "Named account manager; quarterly service reviews.",
                new ContactData(
                        "Laura Whitfield", "Account manager", "l.whitfield@opentext.example", "+44 20 7000 1001"),
                new ContactData("Dieter Krause", "Customer success", "d.krause@opentext.example", null));
        Long quadient = vendor(
                "Quadient",
                "FR",
                "https://www.quadient.com",
                "Camille Laurent",
                "Inspire licences via License Manager; cloud licensing offered from 2026.",
                new ContactData("Camille Laurent", "Account manager", "c.laurent@quadient.example", "+33 1 4000 2002"));
        Long smart = vendor(
                "Smart Communications",
                "GB",
                "https://www.smartcommunications.com",
                "James Okafor",
                "SaaS pilot for onboarding correspondence.",
                new ContactData("James Okafor", "Account executive", "j.okafor@smartcomms.example", null));
        vendor(
                "Adobe",
                "US",
                "https://business.adobe.com",
                "Priya Natarajan",
                "AEM Forms Communications APIs evaluated for digital channels.");
        vendor("Precisely", "US", "https://www.precisely.com", null, "EngageOne considered in the 2025 market scan.");
        Long messagepoint = vendor(
                "Messagepoint",
                "CA",
                "https://www.messagepoint.com",
                "Nadia Pereira",
                "Content hub with AI-assisted plain-language rewrite.");

        platform(
                "Exstream Statements",
                openText,
                "OpenText Exstream",
                "16.6",
                Deployment.ON_PREM,
                Lifecycle.SUSTAIN,
                Set.of(
                        PlatformEnvironment.PRODUCTION,
                        PlatformEnvironment.TEST,
                        PlatformEnvironment.DEVELOPMENT,
                        PlatformEnvironment.DR),
                Set.of("Retail Banking", "Cards"),
                Set.of("olena"),
                "Batch statements and regulatory letters, ~40 M documents a year.");
        platform(
                "OpenText Communications Cloud",
                openText,
                "OpenText Communications SaaS",
                "CE 24.4",
                Deployment.SAAS,
                Lifecycle.ADOPT,
                Set.of(PlatformEnvironment.PRODUCTION, PlatformEnvironment.TEST),
                Set.of("Retail Banking"),
                Set.of("olena"),
                "Target platform of the Exstream migration.");
        platform(
                "Inspire Correspondence",
                quadient,
                "Quadient Inspire",
                "15.0",
                Deployment.PRIVATE_CLOUD,
                Lifecycle.SUSTAIN,
                Set.of(PlatformEnvironment.PRODUCTION, PlatformEnvironment.TEST, PlatformEnvironment.DR),
                Set.of("Insurance", "Claims"),
                Set.of("marc"),
                "Interactive and on-demand policy correspondence.");
        platform(
                "SmartCOMM Onboarding Pilot",
                smart,
                "SmartCOMM",
                "2026.2",
                Deployment.SAAS,
                Lifecycle.EVALUATE,
                Set.of(PlatformEnvironment.PRODUCTION, PlatformEnvironment.TEST),
                Set.of("Digital Onboarding"),
                Set.of("marc"),
                "Pilot for business-user authoring.");
        platform(
                "Messagepoint Content Hub",
                messagepoint,
                "Messagepoint",
                "25.1",
                Deployment.SAAS,
                Lifecycle.EVALUATE,
                Set.of(PlatformEnvironment.PRODUCTION),
                Set.of("Customer Experience"),
                Set.of("olena", "marc"),
                "Plain-language rewrite of the top 200 letters.");
    }

    private void loadGenerated(int batch, Random random) {
        Deployment[] deployments = Deployment.values();
        Lifecycle[] lifecycles = Lifecycle.values();
        String[] countries = {"DE", "FR", "GB", "US", "NL", "SE", "IT", "ES"};
        Long vendorId = vendor(
                String.format("Demo Vendor %04d", batch),
                countries[random.nextInt(countries.length)],
                null,
                "Account Manager " + batch,
                null);
        for (int i = 1; i <= 3; i++) {
            platform(
                    String.format("Demo Platform %04d-%d", batch, i),
                    vendorId,
                    "CCM Suite " + (char) ('A' + i),
                    (10 + random.nextInt(15)) + "." + random.nextInt(5),
                    deployments[random.nextInt(deployments.length)],
                    lifecycles[random.nextInt(lifecycles.length)],
                    Set.of(PlatformEnvironment.PRODUCTION, PlatformEnvironment.TEST),
                    Set.of("Business Unit " + (1 + random.nextInt(12))),
                    Set.of(random.nextBoolean() ? "olena" : "marc"),
                    null);
        }
    }

    private Long vendor(
            String name, String country, String website, String accountManager, String notes, ContactData... contacts) {
        return vendors.create(new VendorDraft(name, country, website, accountManager, notes, List.of(contacts), null))
                .id();
    }

    private void platform(
            String name,
            Long vendorId,
            String product,
            String version,
            Deployment deployment,
            Lifecycle lifecycle,
            Set<PlatformEnvironment> environments,
            Set<String> units,
            Set<String> owners,
            String notes) {
        platforms.create(new PlatformDraft(
                name, vendorId, product, version, deployment, lifecycle, environments, units, owners, notes, null));
    }
}
