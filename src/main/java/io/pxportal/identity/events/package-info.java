/**
 * Identity's published events: the kinds of security event it records in the shared audit trail, named here so that
 * the trail's readers depend on identity, not the shared kernel, for them.
 */
@NamedInterface("events")
package io.pxportal.identity.events;

import org.springframework.modulith.NamedInterface;
