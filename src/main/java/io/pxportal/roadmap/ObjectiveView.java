package io.pxportal.roadmap;

/**
 * An objective as lists show it, with its weight in the weight set in force this quarter (null when the set
 * gives it none) and whether it is valid this quarter.
 */
public record ObjectiveView(Long id, ObjectiveDraft draft, Integer weight, boolean validNow) {

    public String code() {
        return draft.code();
    }

    public String name() {
        return draft.name();
    }
}
