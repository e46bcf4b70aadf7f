package dev.treaty.protobuf.internal.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.protobuf.internal.ProtobufRules;
import dev.treaty.protobuf.internal.compare.Change;
import dev.treaty.protobuf.internal.compare.Comparison;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.conformance.BufCase.Annotation;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import dev.treaty.protobuf.internal.read.SourceSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs buf's breaking-change suite ({@code ../shared/corpus/protobuf/buf}) and compares Treaty's
 * changes with the annotations buf expects. Each case is compared the way buf checks it: the
 * whole module (no payload scope), the rules its {@code buf.yaml} selects, its {@code ignore}
 * settings applied. Each Treaty change predicts one annotation per buf rule that reports the same
 * change ({@code protobuf/buf-rule-mapping.yaml}) and that the case selects, at the change's
 * place; predictions and expectations are compared as multisets of (rule, file, span).
 *
 * <p>Every disagreement is listed in {@code protobuf/conformance-disagreements.yaml} with its
 * reason: whole buf rules Treaty does not implement, whole cases it cannot run, and single
 * annotations. The test fails when an unlisted disagreement appears or a listed one agrees.
 */
class ConformanceTest {

  private static final Path RESOURCES = Path.of("src/test/resources/protobuf");
  private static final Map<String, List<String>> MAPPING = mapping();
  private static final Disagreements LISTED = Disagreements.load(
      RESOURCES.resolve("conformance-disagreements.yaml"));
  private static final Tally TALLY = new Tally();

  @TestFactory
  Stream<DynamicTest> buf() {
    return BufCase.all().stream().map(c -> DynamicTest.dynamicTest(c.test() + " (" + c.name()
        + ")", () -> check(c)));
  }

  private static void check(BufCase bufCase) {
    String skipped = LISTED.skippedCases().get(bufCase.name());
    if (!bufCase.hasDescriptors()) {
      assertThat(skipped).as(bufCase.name() + " has no descriptor sets; list it with a reason")
          .isNotNull();
      TALLY.skipped(bufCase);
      return;
    }
    assertThat(skipped).as(bufCase.name() + " is listed as skipped but can run").isNull();
    ProtoFiles previous = bufCase.read("previous");
    ProtoFiles current = bufCase.read("current");
    BufConfig config = new BufConfig(bufCase.bufYaml());
    List<Annotation> predicted = new ArrayList<>();
    for (Change change : Comparison.run(previous, current, ProtobufRules.ALL)) {
      for (String rule : MAPPING.getOrDefault(change.rule().id(), List.of())) {
        if (!config.rules.contains(rule)) {
          continue;
        }
        if (config.ignores(file(change, previous), pkg(change, previous, current))) {
          continue;
        }
        predicted.add(annotation(rule, change.place()));
      }
    }
    Map<Annotation, Integer> expected = count(bufCase.expected());
    Map<Annotation, Integer> actual = count(predicted);
    int agreeing = 0;
    List<Annotation> missing = new ArrayList<>();
    List<Annotation> extra = new ArrayList<>();
    Set<Annotation> all = new java.util.TreeSet<>(expected.keySet());
    all.addAll(actual.keySet());
    for (Annotation annotation : all) {
      int wanted = expected.getOrDefault(annotation, 0);
      int got = actual.getOrDefault(annotation, 0);
      agreeing += Math.min(wanted, got);
      TALLY.wire(annotation.rule(), Math.min(wanted, got), wanted);
      for (int i = got; i < wanted; i++) {
        missing.add(annotation);
      }
      for (int i = wanted; i < got; i++) {
        extra.add(annotation);
      }
    }
    int spansOnly = pairSpans(missing, extra);
    List<String> problems = new ArrayList<>();
    new java.util.TreeSet<>(missing).forEach(a -> check(problems, bufCase, "missing", a));
    new java.util.TreeSet<>(extra).forEach(a -> check(problems, bufCase, "extra", a));
    TALLY.add(bufCase, agreeing, spansOnly, bufCase.expected().size(), predicted.size());
    assertThat(problems).as(bufCase.name()).isEmpty();
  }

  private static void check(List<String> problems, BufCase bufCase, String kind,
      Annotation annotation) {
    String listed = LISTED.reason(bufCase.name(), kind, annotation);
    if (listed == null) {
      problems.add(kind + ": " + annotation);
    }
  }

  /**
   * Takes out of the missing and extra annotations each pair that differs only in the start
   * column, for the rules whose spans the two compilers record differently.
   *
   * @return the number of pairs
   */
  private static int pairSpans(List<Annotation> missing, List<Annotation> extra) {
    int pairs = 0;
    for (java.util.Iterator<Annotation> it = missing.iterator(); it.hasNext();) {
      Annotation wanted = it.next();
      for (Annotation got : extra) {
        if (got.rule().equals(wanted.rule()) && got.path().equals(wanted.path())
            && got.startLine() == wanted.startLine() && got.endLine() == wanted.endLine()
            && got.endColumn() == wanted.endColumn() && LISTED.spansDiffer(got.rule())) {
          extra.remove(got);
          it.remove();
          pairs++;
          break;
        }
      }
    }
    return pairs;
  }

  private static Annotation annotation(String rule, Place place) {
    SourceSpan span = place.span();
    return new Annotation(rule, place.file() == null ? "" : place.file(),
        span == null ? 0 : span.startLine(), span == null ? 0 : span.startColumn(),
        span == null ? 0 : span.endLine(), span == null ? 0 : span.endColumn());
  }

  /** The file an annotation concerns, for {@code ignore}: its place, else the old file. */
  private static String file(Change change, ProtoFiles previous) {
    if (change.place().file() != null) {
      return change.place().file();
    }
    Subject subject = change.subject();
    if (subject.kind() == Subject.Kind.FILE) {
      return subject.owner();
    }
    for (FileDescriptor file : previous.ownFiles()) {
      if (declares(file, subject.owner())) {
        return file.getName();
      }
    }
    return "";
  }

  /** The package an annotation concerns, for {@code ignore_unstable_packages}. */
  private static String pkg(Change change, ProtoFiles previous, ProtoFiles current) {
    Subject subject = change.subject();
    if (subject.kind() == Subject.Kind.PACKAGE) {
      return subject.owner();
    }
    for (ProtoFiles side : List.of(previous, current)) {
      for (FileDescriptor file : side.ownFiles()) {
        if (subject.kind() == Subject.Kind.FILE ? file.getName().equals(subject.owner())
            : declares(file, subject.owner())) {
          return file.getPackage();
        }
      }
    }
    return "";
  }

  private static boolean declares(FileDescriptor file, String fullName) {
    String pkg = file.getPackage();
    if (!pkg.isEmpty() && !fullName.startsWith(pkg + ".")) {
      return false;
    }
    for (Descriptor message : file.getMessageTypes()) {
      if (declares(message, fullName)) {
        return true;
      }
    }
    for (EnumDescriptor enumType : file.getEnumTypes()) {
      if (enumType.getFullName().equals(fullName)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declares(Descriptor message, String fullName) {
    if (message.getFullName().equals(fullName)) {
      return true;
    }
    for (EnumDescriptor enumType : message.getEnumTypes()) {
      if (enumType.getFullName().equals(fullName)) {
        return true;
      }
    }
    for (Descriptor nested : message.getNestedTypes()) {
      if (declares(nested, fullName)) {
        return true;
      }
    }
    return false;
  }

  private static Map<Annotation, Integer> count(List<Annotation> annotations) {
    Map<Annotation, Integer> counts = new TreeMap<>();
    for (Annotation annotation : annotations) {
      counts.merge(annotation, 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, List<String>> mapping() {
    try {
      JsonNode root = new YAMLMapper().readTree(RESOURCES.resolve("buf-rule-mapping.yaml")
          .toFile()).get("mapping");
      Map<String, List<String>> mapping = new HashMap<>();
      root.properties().forEach(entry -> {
        List<String> rules = new ArrayList<>();
        entry.getValue().forEach(rule -> rules.add(rule.asText()));
        mapping.put(entry.getKey(), rules);
      });
      return mapping;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void report() {
    if (TALLY.cases == 0) {
      return; // no case ran (the corpus is absent, or the run was filtered)
    }
    System.out.printf(Locale.ROOT, "[treaty] conformance buf: %d/%d annotations agree (%.1f%%), "
            + "%d more up to a start column the compilers record differently; %d/%d cases fully "
            + "agree; %d unexpected findings; %d cases need buf plugins (%d annotations)%n",
        TALLY.agreeing, TALLY.expected, 100.0 * TALLY.agreeing / TALLY.expected, TALLY.spansOnly,
        TALLY.casesAgreeing, TALLY.cases, TALLY.extra - TALLY.spansOnly, TALLY.skippedCases,
        TALLY.skippedAnnotations);
    System.out.printf(Locale.ROOT, "[treaty] conformance buf, cases not fully agreeing (listed "
        + "disagreements): %s%n", TALLY.partial);
    System.out.printf(Locale.ROOT, "[treaty] conformance buf, rules in WIRE or WIRE_JSON: "
        + "%d/%d annotations agree (%.1f%%)%n", TALLY.wireAgreeing, TALLY.wireExpected,
        100.0 * TALLY.wireAgreeing / TALLY.wireExpected);
    LISTED.assertAllUsed();
  }

  /** Counts over all cases. */
  private static final class Tally {
    int agreeing;
    int wireAgreeing;
    int wireExpected;
    int spansOnly;
    int expected;
    int extra;
    int cases;
    int casesAgreeing;
    int skippedCases;
    int skippedAnnotations;

    final Map<String, String> partial = new TreeMap<>();
    Map<String, Set<String>> wireTable;

    synchronized void add(BufCase bufCase, int agree, int spans, int wanted, int predicted) {
      if (agree != wanted || predicted != agree) {
        partial.put(bufCase.name(), agree + "/" + wanted);
      }
      agreeing += agree;
      spansOnly += spans;
      expected += wanted;
      extra += predicted - agree;
      cases++;
      casesAgreeing += agree == wanted && predicted == agree ? 1 : 0;

    }

    synchronized void wire(String rule, int agree, int wanted) {
      if (wireTable == null) {
        wireTable = BufConfig.table("v2");
      }
      Set<String> categories = wireTable.getOrDefault(rule, Set.of());
      if (categories.contains("WIRE") || categories.contains("WIRE_JSON")) {
        wireAgreeing += agree;
        wireExpected += wanted;
      }
    }

    synchronized void skipped(BufCase bufCase) {
      skippedCases++;
      skippedAnnotations += bufCase.expected().size();
    }
  }
}
