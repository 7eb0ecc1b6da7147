package io.commerce.balance.adapter.in.web;

import jakarta.validation.constraints.NotNull;

/** The amount's rules (positive, minimum, maximum, ceiling) are the domain's; here it only has to be there. */
record ChargeRequest(@NotNull Long amount) {
}
