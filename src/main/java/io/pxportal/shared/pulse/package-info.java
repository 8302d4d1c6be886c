/**
 * The PO pulse as other modules may read it, without depending on the module that runs the survey: a
 * {@link io.pxportal.shared.pulse.PulseScoreSource} gives per platform and quarter the score of the pulse questions
 * about vendor support, already behind the survey's anonymity threshold (support's vendor scorecard reads it).
 */
package io.pxportal.shared.pulse;
