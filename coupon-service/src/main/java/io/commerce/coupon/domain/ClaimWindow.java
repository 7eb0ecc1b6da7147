package io.commerce.coupon.domain;

import java.time.Instant;
import java.util.Objects;

/** When members may claim: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). */
public record ClaimWindow(Instant opensAt, Instant closesAt) {

    public ClaimWindow {
        if (opensAt == null || closesAt == null) {
            throw new InvalidCampaignException("A claim window needs opensAt and closesAt");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidCampaignException("A claim window closes after it opens");
        }
    }

    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant);
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }
}
