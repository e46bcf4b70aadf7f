package dev.treaty.junit;

import java.nio.file.Path;
import java.util.List;

/** Every message of the JUnit extension, as fixed templates in one place. */
final class JunitMessages {

  private JunitMessages() {}

  static String noExpectation(Class<?> testClass) {
    return testClass.getSimpleName() + " is a @TreatyConsumer test but declares no expectation: add a "
        + "static @ConsumerExpectation method or field, or name the class your service reads payloads into "
        + "with @TreatyConsumer(derivedFrom = ...).";
  }

  static String several(Class<?> testClass, String annotation, List<String> members) {
    return testClass.getSimpleName() + " has " + members.size() + " @" + annotation + " members ("
        + String.join(", ", members) + "); declare one per test class.";
  }

  static String notStatic(String annotation, String member) {
    return "@" + annotation + " `" + member + "` must be static: it is read before any test instance exists.";
  }

  static String wrongExpectationMethod(String member) {
    return "@ConsumerExpectation method `" + member + "` must take no parameters and return Expectation "
        + "or ExpectationBuilder.";
  }

  static String wrongRefinementMethod(String member, Class<?> derivedFrom) {
    return "@ConsumerExpectation method `" + member + "` must take one ExpectationBuilder (the expectation "
        + "derived from " + derivedFrom.getSimpleName() + ") and return Expectation or ExpectationBuilder.";
  }

  static String refinementField(String member, Class<?> derivedFrom) {
    return "@ConsumerExpectation `" + member + "` is a field, but the expectation is derived from "
        + derivedFrom.getSimpleName() + ": refine it with a static method taking the derived "
        + "ExpectationBuilder, or drop derivedFrom.";
  }

  static String wrongValue(String annotation, String member, String expected, Object actual) {
    return "@" + annotation + " `" + member + "` must be " + expected + ", but is "
        + (actual == null ? "null" : actual.getClass().getName()) + ".";
  }

  static String namesNeeded(Class<?> testClass, Class<?> derivedFrom) {
    return "@TreatyConsumer(derivedFrom = " + derivedFrom.getSimpleName() + ".class) on "
        + testClass.getSimpleName() + " needs consumer and contract too.";
  }

  static String nameMismatch(Class<?> testClass, String what, String declared, String actual) {
    return "@TreatyConsumer on " + testClass.getSimpleName() + " says " + what + " `" + declared
        + "`, but the expectation is for " + what + " `" + actual + "`.";
  }

  static String wrongMapper(String member) {
    return "@ConsumerMapper `" + member + "` must be a static field or a static method without "
        + "parameters, of type ObjectMapper.";
  }

  static String samplesWithoutConsumer(Class<?> testClass, String method) {
    return "@SamplePayloads on " + testClass.getSimpleName() + "." + method + " needs @TreatyConsumer on "
        + "the test class.";
  }

  static String noSamples(List<String> patterns) {
    return "No sample payloads match " + String.join(", ", patterns.stream().map(p -> "`" + p + "`").toList())
        + "; a check of no samples proves nothing.";
  }

  static String unreadableSamples(String pattern, String reason) {
    return "Cannot read the sample payloads `" + pattern + "`: " + reason + ".";
  }

  static String conflict(Class<?> first, Class<?> second, String consumer, String contract, Path file) {
    return first.getSimpleName() + " and " + second.getSimpleName() + " both declare the expectation of "
        + consumer + " on " + contract + ", differently; " + file + " holds one. Declare it once.";
  }

  static String cannotWrite(Path file, String reason) {
    return "Cannot write the expectation document " + file + ": " + reason + ".";
  }

  static String sampleFails(String sample, String consumer, String contract, List<String> problems) {
    StringBuilder text = new StringBuilder("Sample ").append(sample)
        .append(" does not meet the expectation of ").append(consumer).append(" on ").append(contract)
        .append(" (").append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    for (String problem : problems) {
      text.append('\n').append("  ").append(problem);
    }
    return text.toString();
  }

  static String unreadableByMapper(String where, Class<?> type, String reason) {
    return where + ": it does not read into " + type.getSimpleName() + " with the consumer's ObjectMapper: "
        + reason;
  }
}
