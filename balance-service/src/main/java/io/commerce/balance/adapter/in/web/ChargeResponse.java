package io.commerce.balance.adapter.in.web;

import java.time.Instant;

record ChargeResponse(long transactionId, long amount, long balance, Instant chargedAt) {
}
