package dev.treaty.protobuf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of contract-protobuf, checked on its compiled classes: it reaches core only
 * through the public model and SPI, never core's internals, Avro or Maven.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.treaty.protobuf");
  }

  @Test
  void theImportIsNotEmpty() {
    // Guards every rule below against passing vacuously on an empty or partial import.
    assertThat(classes.size()).isGreaterThan(60);
    assertThat(classes.contain("dev.treaty.protobuf.internal.ProtobufFormat")).isTrue();
    assertThat(classes.containPackage("dev.treaty.protobuf.internal.rules.field")).isTrue();
    assertThat(classes.containPackage("dev.treaty.protobuf.internal.read")).isTrue();
  }

  @Test
  void dependsOnlyOnCoresModelAndSpiAndProtobufJava() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.treaty.protobuf..", "dev.treaty.model..", "dev.treaty.spi..",
            "com.google.protobuf..", "java..", "org.jspecify..")
        .check(classes);
  }

  @Test
  void neverReachesCoreInternalsAvroOrMaven() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "dev.treaty.internal..", "org.apache.avro..", "org.apache.maven..",
            "org.eclipse.aether..", "com.fasterxml.jackson..", "com.networknt..")
        .check(classes);
  }

  @Test
  void everythingIsInternal() {
    classes().should().resideInAPackage("dev.treaty.protobuf.internal..").check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.treaty.protobuf.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void rulesDoNotDependOnEachOther() {
    // Rules of one element never call rules of another; they share the engine and the catalogue.
    slices().matching("dev.treaty.protobuf.internal.rules.(*)..").should().notDependOnEachOther()
        .check(classes);
  }

  @Test
  void libraryCodeNeverWritesToTheConsole() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(classes);
  }

  @Test
  void exceptionsAreTreatysOwn() {
    noClasses().should().callConstructor(RuntimeException.class, String.class)
        .orShould().callConstructor(RuntimeException.class, String.class, Throwable.class)
        .orShould().callConstructor(RuntimeException.class)
        .orShould().callConstructor(IllegalStateException.class, String.class)
        .check(classes);
  }
}
