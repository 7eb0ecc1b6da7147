package io.commerce.balance.application;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.balance.domain.BalanceLimits;
import io.commerce.balance.domain.IdempotencyKeyReusedException;
import io.commerce.balance.domain.LedgerEntry;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ChargeBalanceService implements ChargeBalanceUseCase {

    private final BalanceRepository balances;
    private final LedgerRepository ledger;
    private final BalanceLimits limits;
    private final Clock clock;

    public ChargeBalanceService(BalanceRepository balances, LedgerRepository ledger, BalanceLimits limits, Clock clock) {
        this.balances = balances;
        this.ledger = ledger;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ChargeReceipt charge(ChargeCommand command) {
        // Lock first: two requests with the same key then run one after the other, and the second finds the first.
        var balance = balances.lockOrCreate(command.memberId());
        if (command.idempotencyKey() != null) {
            var earlier = ledger.findCharge(command.memberId(), command.idempotencyKey());
            if (earlier.isPresent()) {
                var entry = earlier.get();
                if (entry.amount() != command.amount()) {
                    throw new IdempotencyKeyReusedException();
                }
                return new ChargeReceipt(entry.id(), entry.amount(), entry.balanceAfter(), entry.occurredAt(), true);
            }
        }
        balance.charge(command.amount(), limits);
        var key = command.idempotencyKey() == null ? null : command.idempotencyKey().value();
        var entry = ledger.append(LedgerEntry.charge(balance, command.amount(), key, clock.instant()));
        balances.save(balance);
        return new ChargeReceipt(entry.id(), entry.amount(), entry.balanceAfter(), entry.occurredAt(), false);
    }
}
