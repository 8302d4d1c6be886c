package io.pxportal.portfolio;

/** An environment a platform is installed in; licences often count only some of them. */
public enum PlatformEnvironment {
    PRODUCTION,
    TEST,
    DEVELOPMENT,
    DR
}
