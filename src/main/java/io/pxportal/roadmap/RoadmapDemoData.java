package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: seven CCM objectives with two weight sets (the later one, from last quarter, adds plain
 * language), 34 roadmap items of the demo vendors with their status histories (after public CCM vendor roadmaps,
 * quarters relative to today), some delayed, one dropped, and ratings that make OpenText Communications Cloud and
 * SmartCOMM a much better fit than Inspire Correspondence, whose vendor keeps delaying and has dropped its
 * business-user editor.
 */
@Component
@Profile("demo")
@Order(60)
class RoadmapDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadmapDemoData.class);

    private final ObjectiveService objectiveService;
    private final ObjectiveRepository objectives;
    private final WeightSetRepository weightSets;
    private final RoadmapItemService items;
    private final RatingService ratings;
    private final RequirementService requirements;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final Clock clock;
    private final Map<String, Long> objectiveIds = new HashMap<>();
    private LocalDate today;
    private Quarter now;

    RoadmapDemoData(
            ObjectiveService objectiveService,
            ObjectiveRepository objectives,
            WeightSetRepository weightSets,
            RoadmapItemService items,
            RatingService ratings,
            RequirementService requirements,
            VendorService vendors,
            PlatformService platforms,
            Clock clock) {
        this.objectiveService = objectiveService;
        this.objectives = objectives;
        this.weightSets = weightSets;
        this.items = items;
        this.ratings = ratings;
        this.requirements = requirements;
        this.vendors = vendors;
        this.platforms = platforms;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (objectives.count() > 0) {
            return;
        }
        today = LocalDate.now(clock);
        now = Quarter.of(today);
        SystemAuthentication.runAs("demo-data", () -> {
            if (vendors.findByName("OpenText").isEmpty()) {
                return; // no demo portfolio (e.g. a scaled benchmark run without it): nothing to hang items on
            }
            loadObjectives();
            loadOpenText();
            loadQuadient();
            loadSmartCommunications();
            loadMessagepoint();
            loadOthers();
            loadRequirements();
        });
        log.info("Demo roadmap loaded");
    }

    private void loadObjectives() {
        LocalDate from = now.plus(-8).start();
        objective("CLOUD", "Cloud-first", "New capabilities run as SaaS or on our Kubernetes platform.", from);
        objective(
                "OMNI",
                "Omnichannel incl. messaging apps",
                "Email, SMS, WhatsApp and RCS next to print and PDF.",
                from);
        objective(
                "A11Y",
                "Accessible documents (EAA)",
                "PDF/UA-1 and WCAG 2.1 AA output (EN 301 549) for every " + "consumer communication.",
                from);
        objective("SELF", "Business self-service", "Business authors change letter texts without IT.", from);
        objective("COST", "Cost reduction", "Lower run cost per communication and fewer templates.", from);
        objective(
                "REG", "Regulatory change agility", "Regulatory changes reach all letters within the deadline.", from);
        objective(
                "PLAIN",
                "Plain language",
                "Letters customers understand (ISO 24495-1), AI-assisted.",
                now.plus(-2).start());
        // Written as history: the set of four quarters ago, and the one steering agreed last quarter.
        weightSets.save(new WeightSet(
                1,
                now.plus(-4),
                weights("CLOUD", 30, "OMNI", 20, "A11Y", 25, "SELF", 15, "COST", 10, "REG", 10),
                now.plus(-4).start().atStartOfDay().toInstant(ZoneOffset.UTC),
                "steering",
                "Weights agreed at the annual strategy review"));
        weightSets.save(new WeightSet(
                2,
                now.plus(-1),
                weights("CLOUD", 25, "OMNI", 20, "A11Y", 20, "SELF", 20, "COST", 10, "REG", 10, "PLAIN", 10),
                now.plus(-1).start().atStartOfDay().toInstant(ZoneOffset.UTC),
                "steering",
                "Plain language added; business self-service raised"));
    }

    private void loadOpenText() {
        String v = "OpenText";
        String ex = "OpenText Exstream";
        String cloud = "OpenText Communications SaaS";
        item(
                v,
                ex,
                "Exstream 16.x end of support",
                ItemType.END_OF_SUPPORT,
                "16.x",
                List.of("Exstream Statements"),
                "COST:-1:Forces a paid migration or extended support",
                in(-4, 20, ItemStatus.ANNOUNCED, 2),
                in(-2, 10, ItemStatus.COMMITTED, 2));
        item(
                v,
                cloud,
                "Cloud-native containers (CE 25.x)",
                ItemType.FEATURE,
                null,
                List.of("OpenText Communications Cloud", "Exstream Statements"),
                "CLOUD:2:Runs on AKS with Helm charts;COST:1:No Windows server farm",
                in(-3, 5, ItemStatus.ANNOUNCED, -1),
                in(-2, 30, ItemStatus.COMMITTED, -1),
                in(-1, 60, ItemStatus.GA, -1));
        item(
                v,
                ex,
                "PDF/UA-1 accessible output",
                ItemType.FEATURE,
                null,
                List.of(),
                "A11Y:2:Tagged PDF with alt texts and reading order;REG:1:EAA evidence",
                in(-5, 10, ItemStatus.COMMITTED, -3),
                in(-3, 40, ItemStatus.GA, -3));
        item(
                v,
                ex,
                "WCAG 2.1 AA HTML statements",
                ItemType.FEATURE,
                null,
                List.of(),
                "A11Y:2:Accessible e-statements in the portal",
                in(-2, 15, ItemStatus.COMMITTED, 1),
                ago(12, ItemStatus.BETA, 1));
        item(
                v,
                cloud,
                "WhatsApp Business channel connector",
                ItemType.FEATURE,
                null,
                List.of("OpenText Communications Cloud"),
                "OMNI:2:Payment reminders in WhatsApp",
                in(-1, 20, ItemStatus.ANNOUNCED, 3));
        item(
                v,
                ex,
                "SMS and email notifications API",
                ItemType.FEATURE,
                null,
                List.of(),
                "OMNI:1:Notifications only, no conversations",
                in(-4, 10, ItemStatus.COMMITTED, -2),
                in(-2, 50, ItemStatus.GA, -2));
        item(
                v,
                cloud,
                "Communications Designer web authoring for business users",
                ItemType.FEATURE,
                null,
                List.of("OpenText Communications Cloud"),
                "SELF:2:Business authors edit approved text blocks",
                in(-3, 15, ItemStatus.COMMITTED, -1),
                ago(30, ItemStatus.DELAYED, 1));
        item(
                v,
                ex,
                "GenAI plain-language rewrite",
                ItemType.FEATURE,
                null,
                List.of(),
                "PLAIN:2:Rewrites suggested in the designer",
                in(-1, 45, ItemStatus.ANNOUNCED, 2));
        item(
                v,
                ex,
                "CAS content repository deprecated (DAS replaces it)",
                ItemType.DEPRECATION,
                null,
                List.of("Exstream Statements"),
                "CLOUD:1:DAS is container-ready;COST:1:One repository fewer",
                in(-2, 5, ItemStatus.COMMITTED, 1));
        item(
                v,
                cloud,
                "Consumption-based SaaS licensing",
                ItemType.PLATFORM_CHANGE,
                null,
                List.of("OpenText Communications Cloud"),
                "COST:1:Pay per document instead of tiers",
                in(-1, 25, ItemStatus.COMMITTED, 0));
        item(
                v,
                ex,
                "EU regulatory change packs",
                ItemType.FEATURE,
                null,
                List.of(),
                "REG:2:Quarterly packs for PSD2 and consumer credit texts",
                in(-6, 10, ItemStatus.COMMITTED, -4),
                in(-4, 30, ItemStatus.GA, -4));
    }

    private void loadQuadient() {
        String v = "Quadient";
        String p = "Quadient Inspire";
        item(
                v,
                p,
                "Inspire 15.x moves to cloud licensing (CL)",
                ItemType.PLATFORM_CHANGE,
                null,
                List.of(),
                "CLOUD:1:Licence server in the cloud only;COST:-1:Per-node pricing rises",
                in(-2, 10, ItemStatus.ANNOUNCED, 0),
                in(-1, 20, ItemStatus.COMMITTED, 0),
                ago(20, ItemStatus.DELAYED, 2));
        item(
                v,
                p,
                "Inspire Flex SaaS on AKS",
                ItemType.FEATURE,
                null,
                List.of(),
                "CLOUD:2:Managed Inspire in our Azure tenant",
                in(-3, 10, ItemStatus.COMMITTED, -1),
                ago(100, ItemStatus.DELAYED, 1),
                ago(15, ItemStatus.DELAYED, 3));
        item(
                v,
                p,
                "Interactive web editor for business users",
                ItemType.FEATURE,
                null,
                List.of(),
                "SELF:2:Claims handlers would edit policy letters themselves",
                in(-2, 20, ItemStatus.COMMITTED, 0),
                ago(25, ItemStatus.DROPPED, 0));
        item(
                v,
                p,
                "PDF/UA tagged output",
                ItemType.FEATURE,
                null,
                List.of(),
                "A11Y:1:Tagging only, no HTML output",
                in(-1, 30, ItemStatus.ANNOUNCED, 2));
        item(
                v,
                p,
                "RCS messaging output",
                ItemType.FEATURE,
                null,
                List.of(),
                "OMNI:1:Pilot connector only",
                in(-1, 40, ItemStatus.ANNOUNCED, 4));
        item(
                v,
                p,
                "Inspire 15.0 end of support",
                ItemType.END_OF_SUPPORT,
                "15.0",
                List.of(),
                null,
                in(-2, 30, ItemStatus.ANNOUNCED, 5));
        item(
                v,
                p,
                "Scaler licence metric changes to cores",
                ItemType.PLATFORM_CHANGE,
                null,
                List.of(),
                "COST:-1:More cores licensed for the same volume",
                in(-1, 50, ItemStatus.ANNOUNCED, 1));
        item(
                v,
                p,
                "Evolve template migration tooling",
                ItemType.FEATURE,
                null,
                List.of(),
                "COST:1:Fewer templates after migration",
                in(-3, 20, ItemStatus.COMMITTED, -2),
                in(-1, 15, ItemStatus.GA, -1));
    }

    private void loadSmartCommunications() {
        String v = "Smart Communications";
        String p = "SmartCOMM";
        item(
                v,
                p,
                "Multi-tenant EU data residency",
                ItemType.FEATURE,
                null,
                List.of(),
                "CLOUD:2:SaaS hosted in the EU;REG:1:GDPR data residency",
                in(-5, 10, ItemStatus.COMMITTED, -3),
                in(-3, 45, ItemStatus.GA, -3));
        item(
                v,
                p,
                "Template Designer for business users",
                ItemType.FEATURE,
                null,
                List.of(),
                "SELF:2:Business authors own onboarding letters",
                in(-3, 10, ItemStatus.COMMITTED, -1),
                in(-1, 35, ItemStatus.GA, -1));
        item(
                v,
                p,
                "Accessible PDF/UA and HTML output",
                ItemType.FEATURE,
                null,
                List.of(),
                "A11Y:2:Both PDF/UA-1 and WCAG HTML",
                in(-2, 20, ItemStatus.COMMITTED, 1));
        item(
                v,
                p,
                "WhatsApp and SMS conversations",
                ItemType.FEATURE,
                null,
                List.of(),
                "OMNI:2:Two-way conversations in onboarding",
                in(-2, 10, ItemStatus.COMMITTED, 0),
                ago(10, ItemStatus.BETA, 0));
        item(
                v,
                p,
                "AI content assistant",
                ItemType.FEATURE,
                null,
                List.of(),
                "PLAIN:1:Suggestions only",
                in(-1, 60, ItemStatus.ANNOUNCED, 2));
        item(
                v,
                p,
                "Legacy REST API v1 deprecated",
                ItemType.DEPRECATION,
                null,
                List.of(),
                "CLOUD:0:No effect on our integration (already on v2)",
                in(-1, 10, ItemStatus.COMMITTED, 2));
    }

    private void loadMessagepoint() {
        String v = "Messagepoint";
        String p = "Messagepoint";
        item(
                v,
                p,
                "AI plain-language rewrite (ISO 24495-1)",
                ItemType.FEATURE,
                null,
                List.of(),
                "PLAIN:2:Rewrites notices to plain language;A11Y:1:Easier to read",
                in(-4, 10, ItemStatus.COMMITTED, -2),
                in(-2, 40, ItemStatus.GA, -2));
        item(
                v,
                p,
                "Content hub connector for OpenText Exstream",
                ItemType.FEATURE,
                null,
                List.of(),
                "SELF:1:Texts managed outside Exstream;COST:1:Shared content across platforms",
                in(-5, 10, ItemStatus.COMMITTED, -3),
                in(-3, 50, ItemStatus.GA, -3));
        item(
                v,
                p,
                "Template rationalization analytics",
                ItemType.FEATURE,
                null,
                List.of(),
                "COST:2:Finds duplicate templates (target minus 30 %)",
                in(-1, 30, ItemStatus.COMMITTED, 1));
        item(
                v,
                p,
                "Accessibility checker for content",
                ItemType.FEATURE,
                null,
                List.of(),
                "A11Y:2:Checks reading level and alt texts",
                in(-2, 10, ItemStatus.COMMITTED, 0),
                ago(8, ItemStatus.BETA, 0));
        item(
                v,
                p,
                "Omnichannel content variants (SMS, push)",
                ItemType.FEATURE,
                null,
                List.of(),
                "OMNI:1:Short variants of each text",
                in(-1, 20, ItemStatus.COMMITTED, 2));
        item(
                v,
                p,
                "Regulatory change impact search",
                ItemType.FEATURE,
                null,
                List.of(),
                "REG:2:Finds every letter a rule change touches",
                in(-3, 30, ItemStatus.COMMITTED, -1),
                in(-1, 50, ItemStatus.GA, -1));
    }

    private void loadOthers() {
        item(
                "Adobe",
                "AEM Forms Cloud Service",
                "Communications APIs: batch and on-demand",
                ItemType.FEATURE,
                null,
                List.of(),
                "CLOUD:2:API-first generation",
                in(-4, 10, ItemStatus.COMMITTED, -2),
                in(-2, 20, ItemStatus.GA, -2));
        item(
                "Adobe",
                "AEM Forms",
                "AEM 6.4 end of extended support",
                ItemType.END_OF_SUPPORT,
                "6.4",
                List.of(),
                null,
                in(-10, 10, ItemStatus.ANNOUNCED, -8));
        item(
                "Precisely",
                "EngageOne Communicate",
                "WhatsApp channel",
                ItemType.FEATURE,
                null,
                List.of(),
                "OMNI:2:Native WhatsApp templates",
                in(-1, 15, ItemStatus.ANNOUNCED, 3));
    }

    private void loadRequirements() {
        requirement("Exstream Statements", "Accessible PDF statements before the EAA deadline", -2, "A11Y");
        requirement("Exstream Statements", "Run on our Kubernetes platform", 2, "CLOUD");
        requirement("Exstream Statements", "Business users edit letter texts", 1, "SELF");
        requirement("OpenText Communications Cloud", "WhatsApp payment reminders", 2, "OMNI");
        requirement("Inspire Correspondence", "Claims handlers edit policy letters", 1, "SELF");
        requirement("Inspire Correspondence", "Cloud licensing without a cost increase", 1, "CLOUD", "COST");
        requirement("SmartCOMM Onboarding Pilot", "Onboarding letters authored by the business", 0, "SELF");
        requirement("Messagepoint Content Hub", "Plain-language rewrite of the top 200 letters", 1, "PLAIN");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** A status step: reached {@code status} on {@code on}, committed to the quarter {@code quarterOffset} from now. */
    private record Step(LocalDate on, ItemStatus status, int quarterOffset) {}

    /** A step on day {@code day} of the quarter {@code offset} quarters from now (never later than yesterday). */
    private Step in(int offset, int day, ItemStatus status, int quarterOffset) {
        LocalDate on = now.plus(offset).start().plusDays(day);
        return new Step(on.isBefore(today) ? on : today.minusDays(1), status, quarterOffset);
    }

    private Step ago(int days, ItemStatus status, int quarterOffset) {
        return new Step(today.minusDays(days), status, quarterOffset);
    }

    private void objective(String code, String name, String description, LocalDate from) {
        objectiveIds.put(
                code,
                objectiveService
                        .create(new ObjectiveDraft(code, name, description, from, null, null))
                        .id());
    }

    private Map<Long, Integer> weights(Object... codesAndWeights) {
        Map<Long, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            weights.put(objectiveIds.get((String) codesAndWeights[i]), (Integer) codesAndWeights[i + 1]);
        }
        return weights;
    }

    /** An item with its history (steps oldest first) and its ratings as "CODE:rating:rationale;…". */
    private void item(
            String vendor,
            String product,
            String title,
            ItemType type,
            String affectedVersion,
            List<String> platformNames,
            String ratingSpec,
            Step... steps) {
        Long vendorId = vendors.findByName(vendor).orElseThrow().id();
        Set<Long> platformIds = platformNames.stream().map(this::platformId).collect(Collectors.toSet());
        Step first = steps[0];
        RoadmapItemView item = items.createAnnouncedOn(
                new RoadmapItemDraft(
                        vendorId,
                        product,
                        title,
                        type,
                        now.plus(first.quarterOffset()),
                        first.status(),
                        affectedVersion,
                        null,
                        null,
                        platformIds,
                        null),
                first.on());
        for (Step step : Arrays.copyOfRange(steps, 1, steps.length)) {
            item = items.changeStatus(
                    item.id(),
                    new StatusChange(
                            step.status(),
                            now.plus(step.quarterOffset()),
                            step.on(),
                            null,
                            item.draft().version()));
        }
        if (ratingSpec == null) {
            return;
        }
        for (String spec : ratingSpec.split(";")) {
            String[] parts = spec.split(":", 3);
            ratings.rate(item.id(), objectiveIds.get(parts[0]), Integer.valueOf(parts[1]), parts[2], null);
        }
    }

    private void requirement(String platform, String title, int quarterOffset, String... objectiveCodes) {
        requirements.create(new RequirementDraft(
                platformId(platform),
                title,
                now.plus(quarterOffset),
                null,
                Arrays.stream(objectiveCodes).map(objectiveIds::get).collect(Collectors.toSet()),
                null));
    }

    private Long platformId(String name) {
        return platforms.refs(name, PageRequest.of(0, 5)).stream()
                .filter(p -> p.name().equals(name))
                .map(PlatformRef::id)
                .findFirst()
                .orElseThrow();
    }
}
