package io.pxportal.experience;

/** Whether a higher or a lower value is better; the target lies above or below the floor accordingly. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
