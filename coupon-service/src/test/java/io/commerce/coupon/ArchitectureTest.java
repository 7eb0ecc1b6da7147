package io.commerce.coupon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.commerce.coupon");
    }

    @Test
    void the_domain_is_plain_java_without_spring_jpa_jackson_or_kafka() {
        noClasses().that().resideInAPackage("..coupon.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "tools.jackson..", "com.fasterxml.jackson..", "org.apache.kafka..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void the_domain_does_not_know_the_application_or_the_adapters() {
        noClasses().that().resideInAPackage("..coupon.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..coupon.application..", "..coupon.adapter..")
                .check(classes);
    }

    @Test
    void the_application_does_not_depend_on_adapters() {
        noClasses().that().resideInAPackage("..coupon.application..")
                .should().dependOnClassesThat().resideInAPackage("..coupon.adapter..")
                .check(classes);
    }

    @Test
    void the_application_speaks_neither_http_nor_kafka_nor_jpa() {
        noClasses().that().resideInAPackage("..coupon.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.springframework.kafka..", "org.apache.kafka..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void inbound_adapters_do_not_reach_outbound_adapters() {
        noClasses().that().resideInAPackage("..coupon.adapter.in..")
                .should().dependOnClassesThat().resideInAPackage("..coupon.adapter.out..")
                .check(classes);
    }
}
