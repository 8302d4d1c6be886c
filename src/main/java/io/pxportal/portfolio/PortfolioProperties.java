package io.pxportal.portfolio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.demo.*} as the portfolio reads it (docs/deployment.md).
 *
 * @param scale how many times the demo profile repeats the demo portfolio (for benchmarks); below 1 counts as 1
 */
@ConfigurationProperties("px.demo")
record PortfolioProperties(@DefaultValue("1") int scale) {}
