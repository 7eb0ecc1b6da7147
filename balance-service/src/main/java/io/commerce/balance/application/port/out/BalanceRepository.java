package io.commerce.balance.application.port.out;

import io.commerce.balance.domain.Balance;
import java.util.Optional;

public interface BalanceRepository {

    /**
     * The member's balance, created at 0 if there is none, and locked until the transaction ends: every
     * change of one balance is serialized here.
     */
    Balance lockOrCreate(String memberId);

    Optional<Balance> find(String memberId);

    void save(Balance balance);
}
