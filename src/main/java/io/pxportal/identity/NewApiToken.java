package io.pxportal.identity;

/**
 * A token just created, with its secret: the only time the secret exists outside the caller's hands. It is not
 * stored and cannot be shown again.
 */
public record NewApiToken(ApiTokenRow token, String secret) {

    /** Keeps the secret out of logs and debugger summaries. */
    @Override
    public String toString() {
        return "NewApiToken[token=" + token + ", secret=" + token.prefix() + "…]";
    }
}
