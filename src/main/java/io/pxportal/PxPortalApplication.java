package io.pxportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** The PX Portal: one Spring Boot application made of business modules (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/px-portal.css")
public class PxPortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(PxPortalApplication.class, args);
    }
}
