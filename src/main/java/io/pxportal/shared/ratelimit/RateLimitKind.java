package io.pxportal.shared.ratelimit;

/** What is counted, and by which key; the code names the limit in the configuration and in the audit trail. */
public enum RateLimitKind {
    /** Sign-in form posts from one IP address, whatever account they name. */
    LOGIN_PER_IP("login-per-ip"),
    /** Sign-in form posts naming one account, from whatever address. */
    LOGIN_PER_ACCOUNT("login-per-account"),
    /** Requests with one personal API token. */
    API_PER_TOKEN("api-per-token"),
    /** Imports started by one user, in the wizard or through the API. */
    IMPORTS_PER_USER("imports-per-user");

    private final String code;

    RateLimitKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
