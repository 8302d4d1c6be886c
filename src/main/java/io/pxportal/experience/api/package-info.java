/** The experience module's REST API: observations (read and push), scores and the catalogue. */
package io.pxportal.experience.api;
