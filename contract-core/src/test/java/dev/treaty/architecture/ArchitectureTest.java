package dev.treaty.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of contract-core, checked on its compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.treaty");
  }

  @Test
  void theImportIsNotEmpty() {
    // Guards every rule below against passing vacuously on an empty or partial import.
    assertThat(classes.size()).isGreaterThan(40);
    assertThat(classes.containPackage("dev.treaty.model")).isTrue();
    assertThat(classes.containPackage("dev.treaty.spi")).isTrue();
    assertThat(classes.containPackage("dev.treaty.internal")).isTrue();
    assertThat(classes.contain("dev.treaty.Treaty")).isTrue();
  }

  @Test
  void coreNeverDependsOnOtherFormatsTestFrameworksOrMaven() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.avro..", "com.google.protobuf..", "org.junit..", "org.apache.maven..",
            "org.codehaus.plexus..", "org.eclipse.aether..", "org.assertj..")
        .check(classes);
  }

  @Test
  void valuesDependOnNothingButTheJdk() {
    classes().that().resideInAPackage("dev.treaty.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.treaty.model..", "java..", "org.jspecify..")
        .check(classes);
  }

  @Test
  void theSpiDependsOnlyOnValues() {
    classes().that().resideInAPackage("dev.treaty.spi..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.treaty.spi..", "dev.treaty.model..", "java..", "org.jspecify..")
        .check(classes);
  }

  @Test
  void onlyTheFacadeReachesInternals() {
    noClasses().that().resideOutsideOfPackage("dev.treaty.internal..")
        .and().resideOutsideOfPackage("dev.treaty")
        .should().dependOnClassesThat().resideInAPackage("dev.treaty.internal..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheFacadePackage() {
    noClasses().that().resideOutsideOfPackage("dev.treaty")
        .should().dependOnClassesThat().resideInAPackage("dev.treaty")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.treaty.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    classes().that().resideOutsideOfPackage("dev.treaty.internal..").and().arePublic()
        .should(exposeNoInternalTypes())
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
    noClasses().that().resideInAPackage("dev.treaty..")
        .and().areNotAssignableTo(dev.treaty.model.TreatyException.class)
        .should().callConstructor(RuntimeException.class, String.class)
        .orShould().callConstructor(RuntimeException.class, String.class, Throwable.class)
        .orShould().callConstructor(RuntimeException.class)
        .check(classes);
  }

  private static ArchCondition<JavaClass> exposeNoInternalTypes() {
    return new ArchCondition<>("expose no internal type in a public signature") {
      @Override
      public void check(JavaClass clazz, ConditionEvents events) {
        for (JavaCodeUnit unit : clazz.getCodeUnits()) {
          if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          Set<JavaClass> mentioned = new HashSet<>(unit.getParameterTypes().stream()
              .flatMap(t -> t.getAllInvolvedRawTypes().stream()).toList());
          mentioned.addAll(unit.getReturnType().getAllInvolvedRawTypes());
          unit.getExceptionTypes().forEach(mentioned::add);
          report(clazz, unit.getFullName(), mentioned, events);
        }
        for (JavaField field : clazz.getFields()) {
          if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
            report(clazz, field.getFullName(), field.getType().getAllInvolvedRawTypes(), events);
          }
        }
      }
    };
  }

  private static void report(JavaClass owner, String member, Set<JavaClass> types, ConditionEvents events) {
    for (JavaType type : types) {
      String name = type.toErasure().getName();
      if (name.contains(".internal.")) {
        events.add(SimpleConditionEvent.violated(owner, member + " mentions internal type " + name));
      }
    }
  }

}
