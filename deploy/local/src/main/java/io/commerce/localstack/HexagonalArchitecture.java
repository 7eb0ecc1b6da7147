package io.commerce.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layering every service keeps, as rules: the domain is plain Java, the application core knows no
 * adapter and no transport or storage technology, inbound adapters don't reach outbound ones. A service's
 * ArchitectureTest checks them against its own classes.
 */
public final class HexagonalArchitecture {

    private final JavaClasses classes;

    private HexagonalArchitecture(String basePackage) {
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static HexagonalArchitecture of(String basePackage) {
        return new HexagonalArchitecture(basePackage);
    }

    public JavaClasses classes() {
        return classes;
    }

    /** Each rule by the sentence it enforces. */
    public static Map<String, ArchRule> rules() {
        var rules = new LinkedHashMap<String, ArchRule>();
        rules.put("the domain depends on no framework", noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "tools.jackson..", "com.fasterxml.jackson..", "org.apache.kafka.."));
        rules.put("the domain knows neither the application nor the adapters", noClasses()
                .that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter.."));
        rules.put("the application does not know the adapters", noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter.."));
        rules.put("the application speaks neither HTTP nor Kafka nor JPA", noClasses()
                .that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.apache.kafka..", "org.springframework.kafka..", "jakarta.persistence..",
                        "org.springframework.data.jpa.."));
        rules.put("the core knows neither the wire form of HTTP nor the platform's adapters", noClasses()
                .that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.commerce.contracts.http..",
                        "io.commerce.platform..", "io.commerce.edge.."));
        rules.put("inbound adapters do not reach outbound adapters", noClasses()
                .that().resideInAPackage("..adapter.in..")
                .should().dependOnClassesThat().resideInAPackage("..adapter.out.."));
        return rules;
    }
}
