package io.pxportal.experience;

/**
 * The PO pulse questions, each answered on a Likert scale from 1 (strongly disagree) to 5 (strongly agree): one
 * per PX pillar and the three steering questions. Each feeds the catalogue metric of its code.
 */
public enum SurveyQuestion {
    COST("px.survey.cost"),
    SUPPORT("px.survey.support"),
    ROADMAP("px.survey.roadmap"),
    GOVERNANCE("px.survey.governance"),
    CUSTOMER_VALUE("cx.survey.customer-value"),
    TEAM_EXPERIENCE("ex.survey.team-experience"),
    VENDOR_PARTNER("px.survey.vendor-partner");

    private final String metricCode;

    SurveyQuestion(String metricCode) {
        this.metricCode = metricCode;
    }

    public String metricCode() {
        return metricCode;
    }
}
