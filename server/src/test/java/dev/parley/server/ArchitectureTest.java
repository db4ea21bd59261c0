package dev.parley.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point down (../shared/ARCHITECTURE.md): the media plane knows no web framework, JDBC, JSON or servlet API. */
class ArchitectureTest {
    private static final JavaClasses MEDIA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parley.media");

    @Test
    void mediaModulesImportNoServiceLayerLibraries() {
        noClasses().that().resideInAPackage("dev.parley.media..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "tools.jackson..", "dev.parley.server..")
                .allowEmptyShould(false)
                .check(MEDIA);
    }

    @Test
    void mediaLayersPointDown() {
        noClasses().that().resideInAPackage("dev.parley.media.wire..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parley.media.transport..", "dev.parley.media.sfu..")
                .allowEmptyShould(true)
                .check(MEDIA);
        noClasses().that().resideInAPackage("dev.parley.media.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parley.media.sfu..")
                .allowEmptyShould(true)
                .check(MEDIA);
    }
}
