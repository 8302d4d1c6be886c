package io.pxportal.exchange;

/** Who started an import: the wizard (kept for the user to come back to) or an API call (done in one request). */
enum ImportOrigin {
    WIZARD,
    API
}
