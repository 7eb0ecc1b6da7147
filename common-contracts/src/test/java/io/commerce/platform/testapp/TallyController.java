package io.commerce.platform.testapp;

import io.commerce.contracts.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own tally: what a service's controller looks like, with a body, a query parameter and the caller. */
@RestController
@RequestMapping("/api/v1/tallies")
class TallyController {

    private final TallyService tallies;

    TallyController(TallyService tallies) {
        this.tallies = tallies;
    }

    record Payment(@NotNull @Positive Long amount) {
    }

    record TallyView(String memberId, Set<String> roles, long total) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TallyView add(Caller caller, @Valid @RequestBody Payment payment) {
        return new TallyView(caller.memberId(), caller.roles(),
                tallies.add(caller.memberId(), UUID.randomUUID(), payment.amount()));
    }

    @GetMapping("/mine")
    TallyView mine(Caller caller) {
        return new TallyView(caller.memberId(), caller.roles(), tallies.totalOf(caller.memberId()));
    }

    @GetMapping
    List<Long> largest(@RequestParam @Min(1) @Max(10) int top) {
        return tallies.largest(top);
    }
}
