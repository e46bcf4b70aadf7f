package dev.treaty.internal.report;

import dev.treaty.model.Comparison;
import dev.treaty.model.ConsumerResult;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.VerificationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A JUnit XML report, so that CI test views show each consumer's field as a test and each break
 * as a failed test. No timestamps or durations: the same report gives the same bytes.
 */
public final class JunitXmlReport {

  private JunitXmlReport() {}

  private record TestCase(String className, String name, List<Finding> failures, boolean skipped) {}

  /**
   * Renders a report as JUnit XML.
   *
   * @param report the report
   * @return the XML document
   */
  public static String render(VerificationReport report) {
    String base = "treaty." + report.contract();
    List<TestCase> evolution = new ArrayList<>();
    Set<Finding> failing = new java.util.HashSet<>(report.evolutionFailures());
    for (Comparison comparison : report.evolution().comparisons()) {
      List<Finding> failures = comparison.findings().stream().filter(failing::contains).toList();
      evolution.add(new TestCase(base + ".evolution", report.evolution().mode() + " from "
          + comparison.previousVersion() + " to " + report.version(), failures, false));
    }
    List<TestCase> consumers = new ArrayList<>();
    Set<Finding> consumerFailing = new java.util.HashSet<>(report.consumerFailures());
    for (ConsumerResult result : report.consumers()) {
      String className = base + ".consumer." + result.consumer();
      if (result.status() == ConsumerResult.Status.NOT_APPLICABLE) {
        consumers.add(new TestCase(className, "expectation (not applicable to " + report.version() + ")",
            List.of(), true));
        continue;
      }
      Map<FieldPath, List<Finding>> byPath = new TreeMap<>();
      report.impact().readers().forEach((path, names) -> {
        if (names.contains(result.consumer())) {
          byPath.put(path, new ArrayList<>());
        }
      });
      for (Finding finding : result.newlyBroken()) {
        if (consumerFailing.contains(finding)) {
          byPath.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
      }
      for (Finding finding : result.alreadyUnmet()) {
        if (consumerFailing.contains(finding)) {
          byPath.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
      }
      byPath.forEach((path, failures) -> consumers.add(new TestCase(className,
          path.isRoot() ? "(root)" : path.toString(), failures, false)));
    }
    Map<String, List<TestCase>> suites = new LinkedHashMap<>();
    suites.put(base + ".evolution", evolution);
    suites.put(base + ".consumers", consumers);

    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    int tests = evolution.size() + consumers.size();
    long failures = countFailures(evolution) + countFailures(consumers);
    xml.append("<testsuites name=\"").append(escape(base)).append("\" tests=\"").append(tests)
        .append("\" failures=\"").append(failures).append("\">\n");
    suites.forEach((name, cases) -> {
      long skipped = cases.stream().filter(TestCase::skipped).count();
      xml.append("  <testsuite name=\"").append(escape(name)).append("\" tests=\"").append(cases.size())
          .append("\" failures=\"").append(countFailures(cases)).append("\" errors=\"0\" skipped=\"")
          .append(skipped).append("\" time=\"0\">\n");
      for (TestCase test : cases) {
        xml.append("    <testcase classname=\"").append(escape(test.className())).append("\" name=\"")
            .append(escape(test.name())).append("\" time=\"0\"");
        if (test.failures().isEmpty() && !test.skipped()) {
          xml.append("/>\n");
          continue;
        }
        xml.append(">\n");
        if (test.skipped()) {
          xml.append("      <skipped/>\n");
        }
        if (!test.failures().isEmpty()) {
          Finding first = test.failures().get(0);
          StringBuilder body = new StringBuilder();
          for (Finding finding : test.failures()) {
            body.append(finding.ruleId()).append(": ").append(finding.message()).append('\n');
          }
          xml.append("      <failure type=\"").append(escape(first.ruleId())).append("\" message=\"")
              .append(escape(first.message())).append("\">").append(escape(body.toString()))
              .append("</failure>\n");
        }
        xml.append("    </testcase>\n");
      }
      xml.append("  </testsuite>\n");
    });
    return xml.append("</testsuites>\n").toString();
  }

  private static long countFailures(List<TestCase> cases) {
    return cases.stream().filter(c -> !c.failures().isEmpty()).count();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
