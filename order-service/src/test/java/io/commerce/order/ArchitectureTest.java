package io.commerce.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.commerce.localstack.HexagonalArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The arrows point inward: see {@link HexagonalArchitecture} for the rules every service keeps. */
class ArchitectureTest {

    private static final HexagonalArchitecture ARCHITECTURE = HexagonalArchitecture.of("io.commerce.order");

    @TestFactory
    Stream<DynamicTest> the_layering_rules_hold() {
        return HexagonalArchitecture.rules().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(ARCHITECTURE.classes())));
    }

    /** The order's rules are written in its own terms; the events are translated at the edges. */
    @Test
    void the_domain_does_not_speak_the_wire_format() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.commerce.contracts.event..",
                        "io.commerce.platform..")
                .check(ARCHITECTURE.classes());
    }
}
