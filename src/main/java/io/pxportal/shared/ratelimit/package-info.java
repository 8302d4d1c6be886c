/**
 * Rate limits: sign-in attempts per IP address and per account, API requests per token, imports per user.
 * Token buckets (Bucket4j) held in memory per node, in a bounded number per kind; a refusal says when to try again
 * and is recorded as a security event once per key and window.
 */
package io.pxportal.shared.ratelimit;
