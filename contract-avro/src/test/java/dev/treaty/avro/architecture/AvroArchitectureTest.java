package dev.treaty.avro.architecture;

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
 * The Avro module's boundaries, checked on its compiled classes: it uses contract-core only
 * through the public model and SPI, never protobuf or Maven, and exposes one public class.
 */
class AvroArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.treaty.avro");
  }

  @Test
  void theImportIsNotEmpty() {
    // Guards every rule below against passing vacuously on an empty or partial import.
    assertThat(classes.size()).isGreaterThan(25);
    assertThat(classes.contain("dev.treaty.avro.AvroFormat")).isTrue();
    assertThat(classes.containPackage("dev.treaty.avro.internal.compare")).isTrue();
    assertThat(classes.containPackage("dev.treaty.avro.internal.rules.field")).isTrue();
    assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.treaty.model")))
        .as("core's classes are not imported, only referenced").isFalse();
  }

  @Test
  void usesCoreOnlyThroughTheModelAndTheSpi() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.treaty.internal..")
        .orShould().dependOnClassesThat().resideInAPackage("dev.treaty")
        .check(classes);
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.treaty.avro..", "dev.treaty.model..", "dev.treaty.spi..", "org.apache.avro..",
            "com.fasterxml.jackson..", "org.jspecify..", "java..")
        .check(classes);
  }

  @Test
  void neverReachesProtobufOrMaven() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.google.protobuf..",
            "org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..",
            "dev.treaty.protobuf..", "org.junit..", "org.assertj..")
        .check(classes);
  }

  @Test
  void onlyTheFormatIsPublicApi() {
    classes().that().resideOutsideOfPackage("dev.treaty.avro.internal..")
        .and().arePublic()
        .should().haveFullyQualifiedName("dev.treaty.avro.AvroFormat")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.treaty.avro.(**)").should().beFreeOfCycles().check(classes);
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
        .check(classes);
  }
}
