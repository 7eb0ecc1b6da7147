package io.commerce.dataplatform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows point inward: the domain knows no framework, the application knows no adapter. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.commerce.dataplatform");

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "tools.jackson..",
                        "com.fasterxml.jackson..", "org.apache.kafka..", "org.hibernate..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void the_application_does_not_know_the_adapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .check(CLASSES);
    }

    @Test
    void the_application_knows_no_transport_or_storage_technology() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.jdbc..", "org.springframework.web..", "org.springframework.kafka..",
                        "org.apache.kafka..", "java.sql..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void adapters_do_not_call_each_other() {
        noClasses().that().resideInAPackage("..adapter.in..")
                .should().dependOnClassesThat().resideInAPackage("..adapter.out..")
                .check(CLASSES);
    }
}
