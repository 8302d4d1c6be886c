/**
 * The HTTP side of the roadmap: {@code /api/v1/roadmap/...} — objectives and weight sets, items with their status
 * history, requirements, ratings, and the scores (fit heatmap, gaps, slips). Thin, like the other modules'
 * controllers: the services decide who may do what and validate; these translate paging, ETags and If-Match.
 */
package io.pxportal.roadmap.api;
