/**
 * The getting-started path on the portfolio page: each module that owns a step of setting up the portal (users,
 * vendors, platforms, contracts, licences, SLAs, money, roadmap, experience, the first review) declares a
 * {@link io.pxportal.shared.start.StartStepSource} that derives the step's state from its own records; the
 * portfolio module renders the steps and depends on none of those modules.
 */
package io.pxportal.shared.start;
