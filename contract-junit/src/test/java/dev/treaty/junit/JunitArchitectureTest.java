package dev.treaty.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The extension reaches Treaty only through the public API. */
class JunitArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.treaty.junit");

  @Test
  void theImportIsNotEmpty() {
    assertThat(CLASSES.contain(TreatyConsumer.class)).isTrue();
  }

  @Test
  void usesOnlyTreatysPublicApi() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.treaty..internal..").check(CLASSES);
  }
}
