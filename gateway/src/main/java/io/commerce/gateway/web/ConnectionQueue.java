package io.commerce.gateway.web;

import org.springframework.web.server.ResponseStatusException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

/**
 * The gateway's queue for connections to a service, bounded by the pool's acquire timeout. A request refused there
 * was never sent: it is load the gateway shed, not a failure of the service.
 */
public final class ConnectionQueue {

    private ConnectionQueue() {
    }

    /** Whether {@code failure} is a request that found no free connection within the acquire timeout. */
    public static boolean refused(Throwable failure) {
        // the routing filter reports it as a 504 whose cause is the pool's timeout
        return failure instanceof PoolAcquireTimeoutException
                || failure instanceof ResponseStatusException e && e.getCause() instanceof PoolAcquireTimeoutException;
    }
}
