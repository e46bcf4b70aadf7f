package dev.treaty.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin is a thin adapter: it reaches Treaty only through the public API. */
class PluginArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.treaty.maven");

  @Test
  void theImportIsNotEmpty() {
    assertThat(CLASSES.contain(VerifyMojo.class)).isTrue();
    assertThat(CLASSES.size()).isGreaterThan(5);
  }

  @Test
  void usesOnlyTreatysPublicApi() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.treaty..internal..").check(CLASSES);
  }

  @Test
  void neverWritesToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(CLASSES);
  }
}
