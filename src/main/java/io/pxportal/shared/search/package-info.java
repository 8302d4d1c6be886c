/**
 * The global search SPI: each module that owns searchable records (vendors, platforms, contracts, tickets, roadmap
 * items, objectives, reviews) declares a {@link io.pxportal.shared.search.SearchSource} that asks its own service;
 * the shell's search dialog asks every source and knows none of the modules.
 */
package io.pxportal.shared.search;
