package io.commerce.platform.testapp;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fails on request: a domain refusal of each kind, and a bug, to see what the problem details make of them. */
@RestController
@RequestMapping("/api/v1/refusals")
class RefusalController {

    static final class Refused extends DomainException {

        Refused(ErrorKind kind) {
            super("REFUSED_" + kind.name(), kind, "Refused as " + kind + ".");
        }
    }

    @GetMapping("/{kind}")
    void refuse(@PathVariable ErrorKind kind) {
        throw new Refused(kind);
    }

    @GetMapping("/bug")
    void bug() {
        throw new IllegalStateException("a bug with a secret in its message: hunter2");
    }
}
