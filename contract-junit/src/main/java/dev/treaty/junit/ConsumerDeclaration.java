package dev.treaty.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.treaty.Treaty;
import dev.treaty.model.Expectation;
import dev.treaty.model.ExpectationBuilder;
import dev.treaty.model.InvalidDefinitionException;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TreatyConsumer} test class declares: the expectation, and, when it is derived from
 * a class, that class and the mapper that reads it.
 *
 * @param testClass the class that declares it
 * @param expectation the consumer's expectation
 * @param derivedFrom the class payloads are read into, or {@code null}
 * @param mapper the consumer's mapper, or {@code null} when nothing is derived
 */
record ConsumerDeclaration(
    Class<?> testClass, Expectation expectation, @Nullable Class<?> derivedFrom, @Nullable ObjectMapper mapper) {

  /**
   * Reads the declaration of a test class (or of the class enclosing a nested one).
   *
   * @return the declaration, or empty if no class on the way out is a {@link TreatyConsumer}
   */
  static Optional<ConsumerDeclaration> of(Class<?> testClass) {
    for (Class<?> owner = testClass; owner != null; owner = owner.getEnclosingClass()) {
      Optional<TreatyConsumer> annotation = AnnotationSupport.findAnnotation(owner, TreatyConsumer.class);
      if (annotation.isPresent()) {
        return Optional.of(read(owner, annotation.get()));
      }
    }
    return Optional.empty();
  }

  private static ConsumerDeclaration read(Class<?> owner, TreatyConsumer annotation) {
    List<Member> expectationMembers = members(owner, ConsumerExpectation.class);
    if (expectationMembers.size() > 1) {
      throw new InvalidDefinitionException(JunitMessages.several(owner, "ConsumerExpectation",
          expectationMembers.stream().map(ConsumerDeclaration::name).toList()));
    }
    Member member = expectationMembers.isEmpty() ? null : expectationMembers.get(0);
    Class<?> derivedFrom = annotation.derivedFrom() == void.class ? null : annotation.derivedFrom();
    Expectation expectation;
    ObjectMapper mapper = null;
    if (derivedFrom != null) {
      if (annotation.consumer().isEmpty() || annotation.contract().isEmpty()) {
        throw new InvalidDefinitionException(JunitMessages.namesNeeded(owner, derivedFrom));
      }
      mapper = mapper(owner);
      ExpectationBuilder derived = Treaty.deriveExpectation(derivedFrom, mapper, annotation.consumer(),
          annotation.contract());
      expectation = member == null ? derived.build() : refine(member, derived, derivedFrom);
    } else {
      if (member == null) {
        throw new InvalidDefinitionException(JunitMessages.noExpectation(owner));
      }
      expectation = declared(member);
    }
    checkName(owner, "consumer", annotation.consumer(), expectation.consumer());
    checkName(owner, "contract", annotation.contract(), expectation.contract());
    return new ConsumerDeclaration(owner, expectation, derivedFrom, mapper);
  }

  private static Expectation declared(Member member) {
    requireStatic(member, "ConsumerExpectation");
    if (member instanceof Method method) {
      if (method.getParameterCount() != 0) {
        throw new InvalidDefinitionException(JunitMessages.wrongExpectationMethod(name(member)));
      }
      return expectation(member, ReflectionSupport.invokeMethod(method, null));
    }
    return expectation(member, read((Field) member));
  }

  private static Expectation refine(Member member, ExpectationBuilder derived, Class<?> derivedFrom) {
    requireStatic(member, "ConsumerExpectation");
    if (!(member instanceof Method method)) {
      throw new InvalidDefinitionException(JunitMessages.refinementField(name(member), derivedFrom));
    }
    if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != ExpectationBuilder.class) {
      throw new InvalidDefinitionException(JunitMessages.wrongRefinementMethod(name(member), derivedFrom));
    }
    return expectation(member, ReflectionSupport.invokeMethod(method, null, derived));
  }

  private static Expectation expectation(Member member, @Nullable Object value) {
    if (value instanceof Expectation expectation) {
      return expectation;
    }
    if (value instanceof ExpectationBuilder builder) {
      return builder.build();
    }
    throw new InvalidDefinitionException(JunitMessages.wrongValue("ConsumerExpectation", name(member),
        "an Expectation or ExpectationBuilder", value));
  }

  private static ObjectMapper mapper(Class<?> owner) {
    List<Member> members = members(owner, ConsumerMapper.class);
    if (members.isEmpty()) {
      // the same default as Treaty.deriveExpectation(Class, String, String)
      return JsonMapper.builder().findAndAddModules().build();
    }
    if (members.size() > 1) {
      throw new InvalidDefinitionException(JunitMessages.several(owner, "ConsumerMapper",
          members.stream().map(ConsumerDeclaration::name).toList()));
    }
    Member member = members.get(0);
    requireStatic(member, "ConsumerMapper");
    Object value;
    if (member instanceof Method method) {
      if (method.getParameterCount() != 0) {
        throw new InvalidDefinitionException(JunitMessages.wrongMapper(name(member)));
      }
      value = ReflectionSupport.invokeMethod(method, null);
    } else {
      value = read((Field) member);
    }
    if (!(value instanceof ObjectMapper mapper)) {
      throw new InvalidDefinitionException(JunitMessages.wrongValue("ConsumerMapper", name(member),
          "an ObjectMapper", value));
    }
    return mapper;
  }

  private static List<Member> members(Class<?> owner, Class<? extends java.lang.annotation.Annotation> annotation) {
    List<Member> members = new ArrayList<>(
        AnnotationSupport.findAnnotatedMethods(owner, annotation, HierarchyTraversalMode.TOP_DOWN));
    members.addAll(AnnotationSupport.findAnnotatedFields(owner, annotation));
    return members;
  }

  private static @Nullable Object read(Field field) {
    return ReflectionSupport.tryToReadFieldValue(field, null).getOrThrow(
        e -> new InvalidDefinitionException("Cannot read `" + name(field) + "`: " + e.getMessage(), e));
  }

  private static void requireStatic(Member member, String annotation) {
    if (!Modifier.isStatic(member.getModifiers())) {
      throw new InvalidDefinitionException(JunitMessages.notStatic(annotation, name(member)));
    }
  }

  private static void checkName(Class<?> owner, String what, String declared, String actual) {
    if (!declared.isEmpty() && !declared.equals(actual)) {
      throw new InvalidDefinitionException(JunitMessages.nameMismatch(owner, what, declared, actual));
    }
  }

  private static String name(Member member) {
    return member.getDeclaringClass().getSimpleName() + "." + member.getName()
        + (member instanceof Method ? "(...)" : "");
  }
}
