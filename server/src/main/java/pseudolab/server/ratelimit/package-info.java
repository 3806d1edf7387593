/** Per-client-address rate limits (token buckets), answered with 429 and Retry-After. */
package pseudolab.server.ratelimit;
