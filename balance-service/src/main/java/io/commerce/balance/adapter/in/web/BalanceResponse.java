package io.commerce.balance.adapter.in.web;

record BalanceResponse(String memberId, long balance) {
}
