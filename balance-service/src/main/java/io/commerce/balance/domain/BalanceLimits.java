package io.commerce.balance.domain;

/**
 * The rules a charge must meet: at least {@code minimumCharge}, at most {@code maximumCharge} KRW per
 * charge, and a balance never above {@code ceiling}.
 */
public record BalanceLimits(long minimumCharge, long maximumCharge, long ceiling) {

    public BalanceLimits {
        if (minimumCharge <= 0 || maximumCharge < minimumCharge || ceiling < maximumCharge) {
            throw new IllegalArgumentException(
                    "limits must satisfy 0 < minimumCharge <= maximumCharge <= ceiling");
        }
    }
}
