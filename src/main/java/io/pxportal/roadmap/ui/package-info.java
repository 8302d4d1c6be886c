/**
 * The roadmap views: the steering view (heatmap, gaps, slips, end of support, drill-down), roadmap items with their
 * status history, the rating matrix, objectives and weights, requirements.
 */
package io.pxportal.roadmap.ui;
