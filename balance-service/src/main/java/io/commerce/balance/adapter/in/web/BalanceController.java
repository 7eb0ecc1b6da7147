package io.commerce.balance.adapter.in.web;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.application.port.in.GetBalanceQuery;
import io.commerce.balance.application.port.in.ListTransactionsQuery;
import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.http.CommerceHeaders;
import io.commerce.contracts.http.PageResponse;
import io.commerce.contracts.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own balance: every endpoint acts for the member in the token and for nobody else. */
@RestController
@RequestMapping("/api/v1/balance")
class BalanceController {

    static final String IDEMPOTENCY_KEY = CommerceHeaders.IDEMPOTENCY_KEY;
    static final String REPLAYED = "Idempotent-Replayed";

    private final GetBalanceQuery balance;
    private final ChargeBalanceUseCase charge;
    private final ListTransactionsQuery transactions;

    BalanceController(GetBalanceQuery balance, ChargeBalanceUseCase charge, ListTransactionsQuery transactions) {
        this.balance = balance;
        this.charge = charge;
        this.transactions = transactions;
    }

    @GetMapping
    BalanceResponse balance(Caller caller) {
        return new BalanceResponse(caller.memberId(), balance.balanceOf(caller.memberId()));
    }

    @PostMapping("/charges")
    ResponseEntity<ChargeResponse> charge(Caller caller, @Valid @RequestBody ChargeRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey);
        var receipt = charge.charge(new ChargeCommand(caller.memberId(), request.amount(), key));
        var response = new ChargeResponse(receipt.transactionId(), receipt.amount(), receipt.balance(),
                receipt.chargedAt());
        return receipt.replayed()
                ? ResponseEntity.ok().header(REPLAYED, "true").body(response)
                : ResponseEntity.status(HttpStatus.CREATED).body(response);
    }

    @GetMapping("/transactions")
    PageResponse<TransactionResponse> transactions(Caller caller,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.of(transactions.transactionsOf(caller.memberId(), PageRequest.of(page, size)),
                TransactionResponse::from);
    }
}
