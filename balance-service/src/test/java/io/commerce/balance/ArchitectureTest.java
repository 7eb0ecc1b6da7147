package io.commerce.balance;

import io.commerce.localstack.HexagonalArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The arrows point inward: see {@link HexagonalArchitecture} for the rules. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> the_layering_rules_hold() {
        var architecture = HexagonalArchitecture.of("io.commerce.balance");
        return HexagonalArchitecture.rules().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(architecture.classes())));
    }
}
