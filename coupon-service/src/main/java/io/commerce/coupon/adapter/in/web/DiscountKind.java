package io.commerce.coupon.adapter.in.web;

enum DiscountKind {
    FIXED, PERCENTAGE
}
