package pseudolab.server.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code perHour} events per client address per hour (a token bucket per address, bucket4j). */
public final class AddressLimiter {
    /** Above this many tracked addresses, the buckets that are full again are forgotten. */
    private static final int MAX_ADDRESSES = 100_000;

    private final String what;
    private final int perHour;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code what} names the events in the 429 message, e.g. "registrations". */
    public AddressLimiter(String what, int perHour, Clock clock) {
        this.what = what;
        this.perHour = perHour;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Counts one event from {@code address}; a {@link TooManyRequests} when its hourly allowance is spent. */
    public void acquire(String address) {
        ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw refusal(probe.getNanosToWaitForRefill());
        }
    }

    /** A {@link TooManyRequests} if {@code address} has no allowance left, without counting anything. */
    public void requireAllowance(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            throw refusal(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
    }

    /** Counts one event from {@code address} without refusing it (the next one may be). */
    public void record(String address) {
        bucket(address).tryConsume(1);
    }

    private TooManyRequests refusal(long nanos) {
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return new TooManyRequests(
                "too many " + what + " from your address (at most " + perHour + " per hour); try again in " + seconds
                        + " s",
                seconds);
    }

    private Bucket bucket(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perHour);
        }
        return buckets.computeIfAbsent(
                address,
                a -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .withCustomTimePrecision(time)
                        .build());
    }
}
