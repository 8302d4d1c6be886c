/**
 * The steering review's contract with the modules: each module with something to put before the committee
 * provides an {@link io.pxportal.shared.agenda.AgendaSource}; the governance module builds and freezes agendas.
 */
package io.pxportal.shared.agenda;
