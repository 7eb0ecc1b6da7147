package io.commerce.balance.application;

import io.commerce.balance.application.port.in.PayForOrderUseCase;
import io.commerce.balance.application.port.in.RefundOrderPaymentUseCase;
import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.balance.application.port.out.PaymentEvents;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import io.commerce.balance.domain.PaymentOutcome;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The balance's part in the order saga: pay once per order, refund once per order. */
@Service
public class OrderPaymentService implements PayForOrderUseCase, RefundOrderPaymentUseCase {

    private static final Logger log = LoggerFactory.getLogger(OrderPaymentService.class);

    private final BalanceRepository balances;
    private final LedgerRepository ledger;
    private final PaymentEvents events;
    private final Clock clock;

    public OrderPaymentService(BalanceRepository balances, LedgerRepository ledger, PaymentEvents events, Clock clock) {
        this.balances = balances;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void pay(UUID orderId, String memberId, long amount) {
        var balance = balances.lockOrCreate(memberId);
        if (ledger.findForOrder(orderId, LedgerEntryType.PAYMENT).isPresent()) {
            log.info("Order {} is already paid; ignoring a repeated payment request", orderId);
            return;
        }
        switch (balance.pay(amount)) {
            case PaymentOutcome.Paid paid -> {
                ledger.append(LedgerEntry.payment(balance, paid.amount(), orderId, clock.instant()));
                balances.save(balance);
                events.completed(orderId, memberId, paid.amount());
            }
            case PaymentOutcome.Declined declined -> events.rejected(orderId, memberId, amount, declined.reason());
        }
    }

    @Override
    @Transactional
    public void refund(UUID orderId) {
        var payment = ledger.findForOrder(orderId, LedgerEntryType.PAYMENT);
        if (payment.isEmpty()) {
            return;
        }
        var balance = balances.lockOrCreate(payment.get().memberId());
        if (ledger.findForOrder(orderId, LedgerEntryType.REFUND).isPresent()) {
            log.info("Order {} is already refunded", orderId);
            return;
        }
        long amount = payment.get().amount();
        balance.refund(amount);
        ledger.append(LedgerEntry.refund(balance, amount, orderId, clock.instant()));
        balances.save(balance);
        events.refunded(orderId, balance.memberId(), amount);
    }
}
