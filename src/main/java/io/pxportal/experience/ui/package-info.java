/** The experience module's views: scorecard, comparison, observation entry, catalogue and the PO pulse. */
package io.pxportal.experience.ui;
