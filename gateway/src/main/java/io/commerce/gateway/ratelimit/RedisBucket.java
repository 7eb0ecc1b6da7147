package io.commerce.gateway.ratelimit;

/**
 * A {@link RateLimitProperties.Limit} in the terms of {@code RedisRateLimiter}'s script, which refills a whole number
 * of tokens per second: a limit below one request per second costs several tokens per request (one request every
 * 100 s is 100 tokens a request at one token a second).
 *
 * @param replenishRate    tokens added each second
 * @param capacity         tokens the bucket holds: the burst, in requests, times {@code tokensPerRequest}
 * @param tokensPerRequest tokens one request takes
 */
record RedisBucket(int replenishRate, long capacity, int tokensPerRequest) {

    static RedisBucket of(RateLimitProperties.Limit limit) {
        double rate = limit.requestsPerSecond();
        if (rate >= 1) {
            return new RedisBucket(wholeNumber(rate, limit), limit.burst(), 1);
        }
        int tokensPerRequest = wholeNumber(1 / rate, limit);
        return new RedisBucket(1, (long) limit.burst() * tokensPerRequest, tokensPerRequest);
    }

    private static int wholeNumber(double value, RateLimitProperties.Limit limit) {
        long rounded = Math.round(value);
        if (Math.abs(value - rounded) > 1e-9 * Math.max(1, value) || rounded > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("A shared limit must be a whole number of requests per second, or one "
                    + "request per whole number of seconds: " + limit.requestsPerSecond() + " is neither");
        }
        return (int) rounded;
    }

    /** Whole requests that {@code tokens} pay for. */
    long requestsIn(long tokens) {
        return tokens / tokensPerRequest;
    }

    /** How long until a bucket holding {@code tokens} pays for a request, in whole seconds as the script refills. */
    long millisUntilNextRequest(long tokens) {
        long missing = Math.max(1, tokensPerRequest - tokens);
        return 1000 * ((missing + replenishRate - 1) / replenishRate);
    }
}
