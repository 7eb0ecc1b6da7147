package io.commerce.balance.application.port.in;

public interface GetBalanceQuery {

    /** The member's balance; a member who never charged has 0. */
    long balanceOf(String memberId);
}
