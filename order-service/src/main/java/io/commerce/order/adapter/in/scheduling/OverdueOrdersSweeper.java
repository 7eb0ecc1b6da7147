package io.commerce.order.adapter.in.scheduling;

import io.commerce.order.OrderProperties;
import io.commerce.order.application.port.in.ExpireOverdueOrdersUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Enforces the saga deadline: every {@code order.saga.sweep-every}, fails the PENDING orders whose deadline has
 * passed, a batch per transaction until none is left. Safe with several instances (they skip each other's rows).
 */
@Component
class OverdueOrdersSweeper {

    private static final Logger log = LoggerFactory.getLogger(OverdueOrdersSweeper.class);
    private static final int MAX_BATCHES_PER_SWEEP = 50;

    private final ExpireOverdueOrdersUseCase expire;
    private final int batch;

    OverdueOrdersSweeper(ExpireOverdueOrdersUseCase expire, OrderProperties properties) {
        this.expire = expire;
        this.batch = properties.saga().sweepBatch();
    }

    @Scheduled(fixedDelayString = "${order.saga.sweep-every}", initialDelayString = "${order.saga.sweep-every}")
    void sweep() {
        try {
            for (int i = 0; i < MAX_BATCHES_PER_SWEEP && expire.expireOverdue(batch) == batch; i++) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            // the next sweep tries again; don't let one failure stop the schedule's log from saying why
            log.warn("Sweeping overdue orders failed: {}", e.toString());
        }
    }
}
