package io.commerce.order.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The shape of an order request. The rules that depend on configuration (how many lines, how many of one
 * product) and the ban on a product appearing twice are the domain's ({@code OrderPolicy}).
 */
record PlaceOrderRequest(@NotNull @Size(min = 1) List<@NotNull @Valid Line> lines, @Positive Long couponId) {

    record Line(@NotNull @Positive Long productId, @NotNull @Positive Integer quantity) {
    }
}
